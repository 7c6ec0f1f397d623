#pragma once

#include <QMainWindow>

#include <functional>
#include <memory>

class Database;
class QTreeWidget;

// The main window on one portfolio.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a portfolio file; on failure keeps the current one and reports why.
    bool openFile(const QString &path);
    Database *database() const { return m_db.get(); }

    // Seams for tests: how errors are shown and how file names are asked for.
    using ErrorReporter = std::function<void(const QString &title, const QString &message)>;
    using FileChooser = std::function<QString(const QString &caption, bool forSaving)>;
    void setErrorReporter(ErrorReporter reporter) { m_reportError = std::move(reporter); }
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

signals:
    void portfolioOpened(const QString &path);

private:
    void createMenus();
    void newPortfolio();
    void openPortfolio();
    void reload();

    std::unique_ptr<Database> m_db;
    QTreeWidget *m_agreements = nullptr;
    ErrorReporter m_reportError;
    FileChooser m_chooseFile;
};

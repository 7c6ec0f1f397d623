#include "mainwindow.h"

#include "store/agreementrepository.h"
#include "store/database.h"
#include "store/partnerrepository.h"

#include <QApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeWidget>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_agreements(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_agreements->setObjectName(QStringLiteral("agreementList"));
    m_agreements->setHeaderLabels({tr("Agreement"), tr("Parties"), tr("Status")});
    m_agreements->setRootIsDecorated(false);
    m_agreements->setAlternatingRowColors(true);
    m_agreements->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_agreements->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    setCentralWidget(m_agreements);

    m_reportError = [this](const QString &title, const QString &message) {
        QMessageBox::warning(this, title, message);
    };
    m_chooseFile = [this](const QString &caption, bool forSaving) {
        const QString filter = tr("Pactline portfolios (*.pactline);;All files (*)");
        return forSaving ? QFileDialog::getSaveFileName(this, caption, QString(), filter)
                         : QFileDialog::getOpenFileName(this, caption, QString(), filter);
    };
    createMenus();
    setWindowTitle(tr("Pactline"));
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New…"), this, &MainWindow::newPortfolio);
    newAction->setShortcut(QKeySequence::New);
    newAction->setObjectName(QStringLiteral("actionNew"));
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::openPortfolio);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setObjectName(QStringLiteral("actionOpen"));
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quitAction->setShortcut(
        QKeySequence(QKeySequence::keyBindings(QKeySequence::Quit).value(0, QKeySequence(Qt::CTRL | Qt::Key_Q))));
    quitAction->setObjectName(QStringLiteral("actionQuit"));
}

bool MainWindow::openFile(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened) {
        m_reportError(tr("Cannot open portfolio"), opened.error().message);
        return false;
    }
    m_db = std::move(*opened);
    connect(m_db.get(), &Database::changed, this, &MainWindow::reload);
    setWindowTitle(tr("%1 — Pactline").arg(m_db->displayName()));
    setWindowFilePath(path);
    reload();
    emit portfolioOpened(path);
    return true;
}

void MainWindow::newPortfolio()
{
    QString path = m_chooseFile(tr("New portfolio"), true);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + Database::fileSuffix()))
        path += QLatin1Char('.') + Database::fileSuffix();
    auto created = Database::create(path);
    if (!created) {
        m_reportError(tr("Cannot create portfolio"), created.error().message);
        return;
    }
    created->reset();
    openFile(path);
}

void MainWindow::openPortfolio()
{
    const QString path = m_chooseFile(tr("Open portfolio"), false);
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::reload()
{
    m_agreements->clear();
    if (!m_db)
        return;
    const AgreementRepository agreements(*m_db);
    const PartnerRepository partners(*m_db);
    const auto list = agreements.listWithDetails();
    if (!list) {
        m_reportError(tr("Cannot read agreements"), list.error().message);
        return;
    }
    for (const Agreement &agreement : *list) {
        QStringList names;
        for (const AgreementParty &party : agreement.parties) {
            const auto partner = partners.get(party.partnerId);
            if (partner)
                names << (partner->shortName.isEmpty() ? partner->name : partner->shortName);
        }
        auto *item = new QTreeWidgetItem(
            m_agreements, {agreement.title, names.join(QStringLiteral(", ")), displayNameOf(agreement.status)});
        item->setData(0, Qt::UserRole, agreement.meta.id);
    }
    statusBar()->showMessage(tr("%n agreement(s)", nullptr, int(list->size())));
}

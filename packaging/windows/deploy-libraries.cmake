# SPDX-FileCopyrightText: 2026 The Pactline developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Install-time step on Windows (install(SCRIPT)): copies the libraries Qt's deployment does not know
# of (libpq) into the installation with the DLLs they load in turn (OpenSSL's libssl and libcrypto,
# libintl, ...), found in their own folders. Windows' own DLLs stay out.
# Set before it: PACTLINE_DEPLOY_LIBRARIES, PACTLINE_DEPLOY_FOLDERS, PACTLINE_DEPLOY_DESTINATION.
file(GET_RUNTIME_DEPENDENCIES
     LIBRARIES ${PACTLINE_DEPLOY_LIBRARIES}
     DIRECTORIES ${PACTLINE_DEPLOY_FOLDERS}
     RESOLVED_DEPENDENCIES_VAR resolved
     UNRESOLVED_DEPENDENCIES_VAR unresolved
     PRE_EXCLUDE_REGEXES "^api-ms-.*" "^ext-ms-.*"
     POST_EXCLUDE_REGEXES ".*[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\].*")
if(unresolved)
    message(FATAL_ERROR "pactline: cannot find ${unresolved}, needed by ${PACTLINE_DEPLOY_LIBRARIES}")
endif()
file(INSTALL ${PACTLINE_DEPLOY_LIBRARIES} ${resolved} DESTINATION "${CMAKE_INSTALL_PREFIX}/${PACTLINE_DEPLOY_DESTINATION}")

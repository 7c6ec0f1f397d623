# SPDX-FileCopyrightText: 2026 The Pactline developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails, naming each file, when a source, build or script file of the tree does not say its licence
# in an SPDX line near its top.   cmake -DROOT=<source dir> -P check_spdx.cmake
file(GLOB_RECURSE files LIST_DIRECTORIES false
     ${ROOT}/app/* ${ROOT}/ui/* ${ROOT}/tests/* ${ROOT}/packaging/* ${ROOT}/resources/*.py ${ROOT}/.ci/*)
list(APPEND files ${ROOT}/CMakeLists.txt)
set(missing "")
set(checked 0)
foreach(file IN LISTS files)
    if(NOT file MATCHES "(\\.cpp|\\.h|\\.h\\.in|CMakeLists\\.txt|\\.cmake|\\.sh|\\.py|/\\.ci/run)$")
        continue()
    endif()
    math(EXPR checked "${checked} + 1")
    file(STRINGS ${file} head LIMIT_COUNT 4)
    if(NOT head MATCHES "SPDX-License-Identifier: GPL-3\\.0-or-later")
        file(RELATIVE_PATH relative ${ROOT} ${file})
        string(APPEND missing "\n  ${relative}")
    endif()
endforeach()
if(missing)
    message(FATAL_ERROR "These files do not carry 'SPDX-License-Identifier: GPL-3.0-or-later' in their first lines:${missing}")
endif()
message(STATUS "${checked} files carry their SPDX licence line")

# One INTERFACE target carries warnings and Qt safety defines; every target links it
# instead of touching CMAKE_CXX_FLAGS.
option(QW_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" OFF)
option(QW_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

add_library(quotawatch_options INTERFACE)
add_library(Quotawatch::options ALIAS quotawatch_options)
target_compile_options(quotawatch_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                                                    -Wnon-virtual-dtor -Wold-style-cast)
if(QW_WARNINGS_AS_ERRORS)
  target_compile_options(quotawatch_options INTERFACE -Werror)
endif()
target_compile_definitions(
  quotawatch_options
  INTERFACE QT_NO_CAST_FROM_ASCII
            QT_NO_CAST_TO_ASCII
            QT_NO_CAST_FROM_BYTEARRAY
            QT_NO_CONTEXTLESS_CONNECT
            QT_NO_URL_CAST_FROM_STRING
            QT_USE_QSTRINGBUILDER
            QT_NO_KEYWORDS
            QT_DISABLE_DEPRECATED_UP_TO=0x060400
            QW_VERSION="${PROJECT_VERSION}")
# Hardening, as Debian's dpkg-buildflags gives its packages: libc calls checked where the
# optimiser knows the buffer's size (optimised builds only: it needs the optimiser, and the
# sanitizers check more), stack protector, and every symbol bound at load time so that the
# relocations can be read-only (lintian's hardening-no-fortify-functions / -no-bindnow).
target_compile_options(
  quotawatch_options
  INTERFACE -fstack-protector-strong
            $<$<AND:$<NOT:$<CONFIG:Debug>>,$<NOT:$<BOOL:${QW_SANITIZE}>>>:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>)
target_link_options(quotawatch_options INTERFACE LINKER:-z,relro LINKER:-z,now)
if(QW_SANITIZE)
  target_compile_options(quotawatch_options INTERFACE -fsanitize=address,undefined,float-cast-overflow
                                                      -fno-omit-frame-pointer -fno-sanitize-recover=undefined,float-cast-overflow)
  target_link_options(quotawatch_options INTERFACE -fsanitize=address,undefined,float-cast-overflow)
endif()

# Precompiled headers: the Qt (and GoogleTest) headers nearly every file includes, parsed once
# per target instead of once per file. A cold build spends most of its time parsing them
# (CI builds everything twice, from a clean clone).
option(QW_PRECOMPILED_HEADERS "Precompile the headers most files include" ON)
# qw_precompile_headers(target [WIDGETS] [TESTS]): WIDGETS for targets that use Qt Widgets,
# TESTS for test executables (GoogleTest and the Qt printers every test sees).
function(qw_precompile_headers target)
  if(NOT QW_PRECOMPILED_HEADERS)
    return()
  endif()
  cmake_parse_arguments(ARG "WIDGETS;TESTS" "" "" ${ARGN})
  set(headers <QByteArray> <QDateTime> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject>
              <QList> <QMap> <QObject> <QString> <QStringList> <QTimer> <QUrl> <QVariant>
              <algorithm> <functional> <memory> <optional> <vector>)
  if(ARG_WIDGETS)
    list(APPEND headers <QAction> <QApplication> <QBoxLayout> <QLabel> <QPainter>
                        <QPushButton> <QWidget>)
  endif()
  if(ARG_TESTS)
    list(APPEND headers <gtest/gtest.h> "${PROJECT_SOURCE_DIR}/tests/support/QtPrinters.h")
  endif()
  target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

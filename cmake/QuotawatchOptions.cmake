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
if(QW_SANITIZE)
  target_compile_options(quotawatch_options INTERFACE -fsanitize=address,undefined,float-cast-overflow
                                                      -fno-omit-frame-pointer -fno-sanitize-recover=undefined,float-cast-overflow)
  target_link_options(quotawatch_options INTERFACE -fsanitize=address,undefined,float-cast-overflow)
endif()

# CPack: `cpack -G DEB` in the build tree makes quotawatch_<version>_amd64.deb from the install
# rules (the three programs and packaging/'s files); `cpack --config CPackSourceConfig.cmake`
# the source tarball. tests/packaging checks both.
set(QW_PACKAGE_MAINTAINER "Quotawatch developers <dev@quotawatch.invalid>"
    CACHE STRING "The Maintainer of the Debian package")

# Values reach CPackConfig.cmake as written here (regular expressions need no double escaping).
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_NAME quotawatch)
set(CPACK_PACKAGE_VENDOR "Quotawatch")
set(CPACK_PACKAGE_CONTACT "${QW_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop dashboard for usage quotas")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/quotawatch/quotawatch")
# Whatever the umask of the machine that builds the package.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
# A RelWithDebInfo build's programs are mostly debug information; the package needs none.
set(CPACK_STRIP_FILES ON)

set(CPACK_GENERATOR DEB) # installs under /usr, its default prefix
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # quotawatch_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${QW_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps names the libraries (Qt, qtkeychain, SQLite) with the versions built against.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see it: Qt's SQLite driver (the server's
# database and the app's local history). The SVG plugins come with libqt6svg6, which it sees.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The extended description; the synopsis above it is CPACK_PACKAGE_DESCRIPTION_SUMMARY.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Quotawatch signs in to a usage API and shows every quota (daily and monthly
requests, tokens and cost, per provider and model) as a bar with its level
and the time to reset, alerts before a quota runs out, and charts the usage
history.
.
The package holds the desktop program (quotawatch), its command line client
(quotawatch-cli) and the reference usage API server (quotawatch-server) with a
systemd unit for it.")

set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME quotawatch-${PROJECT_VERSION})
# Build trees, git metadata (a directory, or a file in a worktree), editor and tool leftovers.
# Top-level names are anchored at the source directory, which may itself sit under a "build".
string(REGEX REPLACE "([][+.*?()^$|\\\\])" "\\\\\\1" qw_source_regex "${PROJECT_SOURCE_DIR}")
set(CPACK_SOURCE_IGNORE_FILES
    "^${qw_source_regex}/\\.git$"
    "^${qw_source_regex}/\\.git/"
    "^${qw_source_regex}/build/"
    "^${qw_source_regex}/build-[^/]*/"
    "/_CPack_Packages/"
    "/\\.cache/"
    "/compile_commands\\.json$"
    "\\.user$"
    "~$"
    "\\.swp$"
    "\\.orig$"
    "\\.rej$")

include(CPack)

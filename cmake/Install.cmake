# What `cmake --install` puts where, and the Debian package cpack makes of it.
#   bin/docgraph                         the tool
#   lib/libdocgraph.a, libdocgraph.so.0  the library, static and shared (soname .so.0)
#   lib/pkgconfig/docgraph.pc            pkg-config docgraph (relocatable: paths from the .pc)
#   lib/cmake/docgraph/                  find_package(docgraph): docgraph::docgraph (shared),
#                                        docgraph::static
#   include/docgraph/                    the public headers
#   share/docgraph/dicts/                the dictionaries, found by the library relative to
#                                        itself (so any prefix works)
#   share/man/man1/docgraph.1, man5/docgraph-dicts.5
#   share/bash-completion/completions/docgraph, share/zsh/vendor-completions/_docgraph
#   share/doc/docgraph/examples/         the example program
install(TARGETS docgraph docgraph_shared docgraph_cli
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(DIRECTORY include/docgraph DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY dicts/ DESTINATION ${CMAKE_INSTALL_DATADIR}/docgraph/dicts)
install(FILES docs/docgraph.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES docs/docgraph-dicts.5 DESTINATION ${CMAKE_INSTALL_MANDIR}/man5)
install(FILES completions/docgraph.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME docgraph)
install(FILES completions/_docgraph DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES examples/graph_counts.c examples/CMakeLists.txt examples/Makefile
        DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)

# pkg-config and CMake files whose paths are relative to where they are installed.
file(RELATIVE_PATH DG_PC_TO_PREFIX "${CMAKE_INSTALL_FULL_LIBDIR}/pkgconfig" "${CMAKE_INSTALL_PREFIX}")
file(RELATIVE_PATH DG_CMAKE_TO_PREFIX "${CMAKE_INSTALL_FULL_LIBDIR}/cmake/docgraph"
     "${CMAKE_INSTALL_PREFIX}")
configure_file(cmake/docgraph.pc.in ${CMAKE_CURRENT_BINARY_DIR}/docgraph.pc @ONLY)
configure_file(cmake/docgraphConfig.cmake.in ${CMAKE_CURRENT_BINARY_DIR}/docgraphConfig.cmake @ONLY)
include(CMakePackageConfigHelpers)
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/docgraphConfigVersion.cmake
                                 COMPATIBILITY SameMajorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/docgraph.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/docgraphConfig.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/docgraphConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/docgraph)

# cpack -G DEB: one package with the tool, the libraries, headers and dictionaries; its
# dependencies from the binaries (dpkg-shlibdeps) and MeCab's dictionary, which no binary
# names.
set(CPACK_PACKAGE_NAME docgraph)
set(CPACK_PACKAGE_VENDOR "docgraph")
set(CPACK_PACKAGE_CONTACT "docgraph maintainers <docgraph@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "relationship graphs of the entities in Japanese and English government documents")
set(CPACK_PACKAGE_DESCRIPTION "docgraph reads press releases, meeting summaries and reports in \
Japanese and English and draws who and what is related to whom, as diagrams and as GraphML, \
GEXF, JSON, CSV, Neo4j and Cytoscape files. The package has the tool, the library (libdocgraph, \
with pkg-config and CMake files), its headers and dictionaries.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "mecab-ipadic-utf8")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-ipafont-gothic")
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_GENERATOR DEB)
include(CPack)

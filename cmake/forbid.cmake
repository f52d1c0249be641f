# Forbidden headers: the libraries forum-search uses install their headers in /usr/include, so
# leaving a package out of a target's links does not keep its headers out of reach. A restricted
# target gets a directory of its own, first on its include path, holding a stand-in for every
# header of each forbidden library; a stand-in is one #error naming the rule. An engine that
# includes <xapian.h> then fails to compile with "indexer/engines must not use Xapian".
# tests/layout/ proves it.

find_path(FORBID_XAPIAN_ROOT xapian.h)
find_path(FORBID_LIBXML2_ROOT libxml/tree.h PATH_SUFFIXES libxml2)
find_path(FORBID_CLI11_ROOT CLI/CLI.hpp)

# Writes a stand-in in `dir` for `root`/`pattern` (each file, by its path under `root`).
function(_forbid_write dir root message)
  foreach(pattern ${ARGN})
    file(GLOB_RECURSE headers RELATIVE ${root} ${root}/${pattern})
    foreach(header ${headers})
      file(CONFIGURE OUTPUT ${dir}/${header} CONTENT "#error \"${message}\"\n")
    endforeach()
  endforeach()
endfunction()

# forbid_headers(TARGET WHO [XAPIAN] [LIBXML2] [CLI11]): TARGET's sources may not include the
# headers of the libraries named. WHO names the target for people ("indexer/engines").
function(forbid_headers target who)
  cmake_parse_arguments(F "XAPIAN;LIBXML2;CLI11" "" "" ${ARGN})
  set(dir ${CMAKE_BINARY_DIR}/forbidden-headers/${target})
  set(why "(see docs/extending.md)")
  if(F_XAPIAN)
    _forbid_write(${dir} ${FORBID_XAPIAN_ROOT} "${who} must not use Xapian ${why}"
                  xapian.h xapian/*.h)
  endif()
  if(F_LIBXML2)
    _forbid_write(${dir} ${FORBID_LIBXML2_ROOT} "${who} must not use libxml2 ${why}" libxml/*.h)
  endif()
  if(F_CLI11)
    _forbid_write(${dir} ${FORBID_CLI11_ROOT} "${who} must not use CLI11 ${why}" CLI/*)
  endif()
  target_include_directories(${target} BEFORE PRIVATE ${dir})
endfunction()

cmake_minimum_required(VERSION 3.25)
# Checks that every #include "module/..." in src/<module>/ and include/sitrep/
# names the module itself or one it depends on (directly or through its
# declared dependencies): nothing includes upward or sideways undeclared.
# Run by CTest (test "module_graph"): cmake -DROOT=<source dir> -DGRAPH=<file> -P this
#
# GRAPH holds one line per module: "name: dep dep ..." (written by
# CMakeLists.txt from the sitrep_module declarations). include/sitrep/ is the
# public face of the batch module and is checked as part of it.

# Includes that break the graph today and are known (each with its issue);
# remove a line once it is fixed, never add one without a reason.
set(KNOWN_EXCEPTIONS "")

file(STRINGS ${GRAPH} lines)
set(modules "")
foreach(line ${lines})
  string(REGEX MATCH "^([a-z_]+):(.*)$" _ "${line}")
  set(name ${CMAKE_MATCH_1})
  string(STRIP "${CMAKE_MATCH_2}" deps)
  separate_arguments(deps)
  list(APPEND modules ${name})
  set(deps_${name} ${deps})
endforeach()

# Transitive closure of each module's dependencies.
foreach(m ${modules})
  set(todo ${deps_${m}})
  set(seen "")
  while(todo)
    list(POP_FRONT todo d)
    if(NOT d IN_LIST seen)
      list(APPEND seen ${d})
      list(APPEND todo ${deps_${d}})
    endif()
  endwhile()
  set(closure_${m} ${m} ${seen})
endforeach()
# Public headers: "sitrep/x.hpp" belongs to the batch module.
set(owner_sitrep batch)
# Front ends that include only the public headers (include/sitrep/), their own
# files and the modules listed (the event store and the HTTP server have no
# public header yet).
set(public_only_cli cli store server)

set(errors 0)
function(check_public_only module path)
  if(NOT DEFINED public_only_${module})
    return()
  endif()
  file(STRINGS ${ROOT}/${path} includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"[a-z_]+/")
  foreach(inc ${includes})
    string(REGEX MATCH "\"([a-z_]+)/" _ "${inc}")
    if(CMAKE_MATCH_1 STREQUAL "sitrep" OR CMAKE_MATCH_1 IN_LIST public_only_${module})
      continue()
    endif()
    message(SEND_ERROR "${path}: ${inc}: ${module} includes only the public headers (include/sitrep/); extend them instead")
    math(EXPR n "${errors} + 1")
    set(errors ${n} PARENT_SCOPE)
  endforeach()
endfunction()

function(check_file module path)
  file(STRINGS ${ROOT}/${path} includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"[a-z_]+/")
  foreach(inc ${includes})
    string(REGEX MATCH "\"([a-z_]+)/" _ "${inc}")
    set(target ${CMAKE_MATCH_1})
    if(DEFINED owner_${target})
      set(target ${owner_${target}})
    endif()
    if(NOT target IN_LIST modules)
      continue()  # not a module directory (a test helper, a generated file)
    endif()
    if(target IN_LIST closure_${module})
      continue()
    endif()
    if("${path} -> ${target}" IN_LIST KNOWN_EXCEPTIONS)
      message(STATUS "known exception: ${path} includes ${target}")
      continue()
    endif()
    message(SEND_ERROR "${path}: ${inc}: module '${module}' does not depend on '${target}' (declare it in CMakeLists.txt or move the code)")
    math(EXPR n "${errors} + 1")
    set(errors ${n} PARENT_SCOPE)
  endforeach()
endfunction()

foreach(m ${modules})
  file(GLOB_RECURSE files RELATIVE ${ROOT} ${ROOT}/src/${m}/*.cpp ${ROOT}/src/${m}/*.hpp)
  if(m STREQUAL "batch")
    file(GLOB public RELATIVE ${ROOT} ${ROOT}/include/sitrep/*.hpp)
    list(APPEND files ${public})
  endif()
  foreach(f ${files})
    check_file(${m} ${f})
    check_public_only(${m} ${f})
  endforeach()
endforeach()
# A source directory that no module declares would escape the check.
file(GLOB dirs LIST_DIRECTORIES true RELATIVE ${ROOT}/src ${ROOT}/src/*)
foreach(d ${dirs})
  if(IS_DIRECTORY ${ROOT}/src/${d} AND NOT d IN_LIST modules)
    message(SEND_ERROR "src/${d}: not a declared module (add it to the module graph in CMakeLists.txt)")
    math(EXPR errors "${errors} + 1")
  endif()
endforeach()
if(errors GREATER 0)
  message(FATAL_ERROR "module graph: ${errors} problem(s)")
endif()
message(STATUS "module graph: ${modules} checked")

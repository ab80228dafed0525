# SPDX-License-Identifier: GPL-3.0-or-later
# Turns the rules files into a C source that embeds them, so the library works
# from any directory. Run in script mode:
#   cmake -DRULES_DIR=<rules> -DOUT=<file.c> -P EmbedRules.cmake
# The output lives in the build folder only; it is never committed.
file(GLOB_RECURSE files RELATIVE "${RULES_DIR}" "${RULES_DIR}/*.tsv" "${RULES_DIR}/*.rbnf")
list(SORT files)
set(body "// Generated from rules/ by cmake/EmbedRules.cmake. Do not edit.\n")
string(APPEND body "#include \"rules/rules.h\"\n\n")
set(table "")
set(i 0)
foreach(f IN LISTS files)
  file(READ "${RULES_DIR}/${f}" hex HEX)
  string(LENGTH "${hex}" hexlen)
  math(EXPR len "${hexlen} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
  string(REGEX REPLACE "((0x..,){20})" "\\1\n" bytes "${bytes}")
  string(APPEND body "static const unsigned char file${i}[] = {\n${bytes}0};\n")
  string(APPEND table "    {\"${f}\", file${i}, ${len}},\n")
  math(EXPR i "${i} + 1")
endforeach()
string(APPEND body "\nconst vk_embedded_file vk_embedded_files[] = {\n${table}};\n")
string(APPEND body "const size_t vk_embedded_count = ${i};\n")
# Only touch the output when it changes, so an unchanged rules tree rebuilds nothing.
if(EXISTS "${OUT}")
  file(READ "${OUT}" old)
  if(old STREQUAL body)
    return()
  endif()
endif()
file(WRITE "${OUT}" "${body}")

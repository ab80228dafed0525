// SPDX-License-Identifier: GPL-3.0-or-later
/*
 * The catalog of rules files: every TSV file the loader accepts, its column count
 * and how its keys compare, and the number rulesets the code calls by name.
 * rules/README.md documents what each file holds.
 */
#include "rules/rules.h"

const vk_table_spec vk_table_specs[VK_T_COUNT] = {
    [VK_T_CLEANUP] = {"hi/cleanup.tsv", 2, 2, false},
    [VK_T_NUMBER_WORDS] = {"hi/number-words.tsv", 2, 2, false},
    [VK_T_ORDINAL_SUFFIXES] = {"hi/ordinal-suffixes.tsv", 2, 2, false},
    [VK_T_PUNCTUATION] = {"hi/punctuation.tsv", 2, 2, false},
    [VK_T_CURRENCIES] = {"hi/currencies.tsv", 5, 5, true},
    [VK_T_SCALES] = {"hi/scales.tsv", 4, 4, false},
    [VK_T_UNITS] = {"hi/units.tsv", 3, 4, false},
    [VK_T_MONTHS] = {"hi/months.tsv", 3, 3, true},
    [VK_T_YEAR_CUES] = {"hi/year-cues.tsv", 2, 2, false},
    [VK_T_PARTS_OF_DAY] = {"hi/parts-of-day.tsv", 3, 3, false},
    [VK_T_MERIDIEM] = {"hi/meridiem.tsv", 2, 2, true},
    [VK_T_FRACTIONS] = {"hi/fractions.tsv", 3, 3, false},
    [VK_T_DIGIT_CUES] = {"hi/digit-cues.tsv", 2, 2, false},
    [VK_T_POSTPOSITIONS] = {"hi/postpositions.tsv", 2, 2, false},
    [VK_T_FEMININE_NOUNS] = {"hi/feminine-nouns.tsv", 2, 2, false},
    [VK_T_NUMBER_NAMES] = {"hi/number-names.tsv", 2, 2, false},
    [VK_T_LETTERS] = {"hi/letters.tsv", 3, 3, true},
    [VK_T_ACRONYM_WORDS] = {"hi/acronym-words.tsv", 2, 2, false},
    [VK_T_NAMES] = {"hi/names.tsv", 2, 2, true},
    [VK_T_ENGLISH_NUMBERS] = {"hi/english-numbers.tsv", 2, 2, false},
    [VK_T_ENGLISH_PHONEMES] = {"hi/english-phonemes.tsv", 3, 3, false},
    [VK_T_REGNAL] = {"hi/regnal.tsv", 2, 2, false},
    [VK_T_ROMAN_CUES] = {"hi/roman-cues.tsv", 2, 2, true},
    [VK_T_ABBREVIATIONS] = {"hi/abbreviations.tsv", 3, 3, false},
    [VK_T_SYMBOLS] = {"hi/symbols.tsv", 2, 3, false},
    [VK_T_WEB_WORDS] = {"hi/web-words.tsv", 2, 3, true},
    [VK_T_CAPS_WORDS] = {"hi/caps-words.tsv", 1, 2, false},
};

const char *const vk_ruleset_names[VK_RS_COUNT] = {
    [VK_RS_CARDINAL] = "%spellout-cardinal",
    [VK_RS_DIGITS] = "%spellout-digits",
    [VK_RS_YEAR] = "%spellout-year",
    [VK_RS_ORD_MASC] = "%spellout-ordinal-masculine",
    [VK_RS_ORD_FEM] = "%spellout-ordinal-feminine",
    [VK_RS_ORD_OBL] = "%spellout-ordinal-oblique",
};

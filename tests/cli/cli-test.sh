#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The command line as a user meets it: exit codes, messages, and that a failed
# run leaves no output file.  Usage: cli-test.sh path/to/vachak source-dir
set -u
VACHAK=$1
SRC=$2
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0
n=0

check() { # name, condition
    n=$((n + 1))
    if eval "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; fails=$((fails + 1)); fi
}

# Bad UTF-8: exit 65, line:column in the message, no output file.
printf 'ठीक\nकख\377गघ\n' > "$T/bad.txt"
"$VACHAK" normalize "$T/bad.txt" -o "$T/out.txt" 2> "$T/err"; rc=$?
check "bad UTF-8 exits 65" '[ $rc -eq 65 ]'
check "bad UTF-8 names file:line:column" 'grep -q "bad.txt:2:3: input is not valid UTF-8" "$T/err"'
check "bad UTF-8 suggests --lossy" 'grep -q -- "--lossy" "$T/err"'
check "bad UTF-8 leaves no output file" '[ ! -e "$T/out.txt" ] && [ -z "$(ls "$T" | grep out.txt)" ]'
"$VACHAK" normalize --lossy "$T/bad.txt" -o "$T/out.txt"; rc=$?
check "--lossy succeeds" '[ $rc -eq 0 ] && grep -q "कखगघ" "$T/out.txt"'

# A missing file: exit 66 and a clear message.
"$VACHAK" normalize "$T/nope.txt" 2> "$T/err"; rc=$?
check "missing file exits 66" '[ $rc -eq 66 ]'
check "missing file is named" 'grep -q "nope.txt: No such file or directory" "$T/err"'

# Empty input gives empty output.
out=$(printf '' | "$VACHAK" normalize); rc=$?
check "empty input, empty output" '[ $rc -eq 0 ] && [ -z "$out" ]'
: > "$T/empty.txt"
"$VACHAK" normalize "$T/empty.txt" -o "$T/empty.out"; rc=$?
check "empty file gives an empty file" '[ $rc -eq 0 ] && [ -f "$T/empty.out" ] && [ ! -s "$T/empty.out" ]'

# Line structure and several inputs.
printf '1\n\n2' > "$T/a.txt"; printf '३\n' > "$T/b.txt"
"$VACHAK" normalize "$T/a.txt" - "$T/b.txt" < "$T/b.txt" > "$T/ab.out"; rc=$?
check "lines kept across files" '[ $rc -eq 0 ] && [ "$(cat "$T/ab.out")" = "$(printf "एक\n\nदोतीन\nतीन")" ]'

# Usage errors and help.
"$VACHAK" normalize --bogus 2> /dev/null; rc=$?
check "unknown option exits 64" '[ $rc -eq 64 ]'
"$VACHAK" frobnicate 2> "$T/err"; rc=$?
check "unknown command exits 64" '[ $rc -eq 64 ] && grep -q "unknown command" "$T/err"'
"$VACHAK" > /dev/null 2>&1; rc=$?
check "no command exits 64" '[ $rc -eq 64 ]'
for c in normalize speak explain rules; do
    "$VACHAK" $c --help > "$T/help"; rc=$?
    check "$c --help" '[ $rc -eq 0 ] && grep -q "Usage: vachak $c" "$T/help" && grep -q "Exit codes" "$T/help"'
done
"$VACHAK" help speak | grep -q -- "--rate"; rc=$?
check "help COMMAND" '[ $rc -eq 0 ]'
"$VACHAK" --version | grep -Eq '^vachak [0-9]+\.[0-9]+\.[0-9]+$'; rc=$?
check "--version" '[ $rc -eq 0 ]'
"$VACHAK" speak "$T/a.txt" 2> "$T/err"; rc=$?
check "speak without -o exits 64" '[ $rc -eq 64 ] && grep -q -- "-o OUT.wav" "$T/err"'
"$VACHAK" speak --rate fast "$T/a.txt" -o "$T/x.wav" 2> "$T/err"; rc=$?
check "speak --rate needs a number" '[ $rc -eq 64 ] && [ ! -e "$T/x.wav" ]'

# Rules: check the built-ins, a good folder, a bad one (exit 78, file:line).
"$VACHAK" rules check > "$T/out"; rc=$?
check "rules check" '[ $rc -eq 0 ] && grep -q "rules OK" "$T/out"'
"$VACHAK" rules check "$SRC/rules" > /dev/null; rc=$?
check "rules check of the source rules" '[ $rc -eq 0 ]'
mkdir -p "$T/r/hi"
printf 'point\tप्वाइंट\n' > "$T/r/hi/number-words.tsv"
out=$(echo 2.5 | "$VACHAK" normalize --rules "$T/r")
check "--rules overrides" '[ "$out" = "दो प्वाइंट पाँच" ]'
printf 'point\tx\npoint\ty\n' > "$T/r/hi/number-words.tsv"
"$VACHAK" rules check "$T/r" 2> "$T/err"; rc=$?
check "bad rules exit 78 with file:line" '[ $rc -eq 78 ] && grep -q "r/hi/number-words.tsv:2: invalid rules (duplicate key" "$T/err"'

# A user adds a currency and a unit with a line each, no rebuild.
mkdir -p "$T/r2/hi"
printf 'CHF\tफ़्रैंक\tफ़्रैंक\tरैपन\tरैपन\n' > "$T/r2/hi/currencies.tsv"
printf 'furlong\tफ़र्लांग\tmeasure\n' > "$T/r2/hi/units.tsv"
out=$(echo 'CHF 20 और 3 furlong' | "$VACHAK" normalize --rules "$T/r2")
check "a user's currency and unit" '[ "$out" = "बीस फ़्रैंक और तीन फ़र्लांग" ]'
printf 'furlong\tफ़र्लांग\tlength\n' > "$T/r2/hi/units.tsv"
"$VACHAK" rules check "$T/r2" 2> "$T/err"; rc=$?
check "a unit of an unknown kind is refused with file:line" '[ $rc -eq 78 ] && grep -q "r2/hi/units.tsv:1:" "$T/err"'

# Explain shows a rule source for each number.
printf 'कुल ३२ और 3.5 और 007\n' | "$VACHAK" explain > "$T/x"; rc=$?
check "explain exits 0" '[ $rc -eq 0 ]'
check "explain cites the number rules" '[ $(grep -c "hi/numbers.rbnf:[0-9]* %spellout-" "$T/x") -eq 3 ]'
check "explain shows spoken forms" 'grep -q "तीन दशमलव पाँच" "$T/x" && grep -q "1:5 " "$T/x"'
printf '₹500 और 25°C, 22 नवंबर, 2024 को 10:30 AM\n' | "$VACHAK" explain > "$T/x"; rc=$?
check "explain names recogniser and rule line" 'grep -q "money .*hi/currencies.tsv:[0-9]" "$T/x" && grep -q "measure .*hi/units.tsv:[0-9]" "$T/x" && grep -q "date .*hi/months.tsv:[0-9]" "$T/x" && grep -q "time .*hi/meridiem.tsv:[0-9]" "$T/x"'

# English inside Hindi: Devanagari by default, glosses and the English voice on request.
printf 'एंथ्रोपिक (Anthropic) और सेवाओं (AWS) पर Amazon computer\n' > "$T/en.txt"
out=$("$VACHAK" normalize "$T/en.txt")
check "English in Devanagari, gloss left out" '[ "$out" = "एंथ्रोपिक और सेवाओं (ए डब्ल्यू एस) पर अमेज़ॉन कंप्यूटर" ]'
out=$("$VACHAK" normalize --glosses=keep "$T/en.txt")
check "--glosses=keep reads the gloss" '[ "$out" = "एंथ्रोपिक (एंथ्रोपिक) और सेवाओं (ए डब्ल्यू एस) पर अमेज़ॉन कंप्यूटर" ]'
out=$("$VACHAK" normalize --glosses=drop "$T/en.txt")
check "--glosses=drop drops acronym glosses too" '[ "$out" = "एंथ्रोपिक और सेवाओं पर अमेज़ॉन कंप्यूटर" ]'
out=$("$VACHAK" normalize --english=voice "$T/en.txt")
check "--english=voice leaves English words" '[ "$out" = "एंथ्रोपिक और सेवाओं (ए डब्ल्यू एस) पर Amazon computer" ]'
"$VACHAK" normalize --glosses=some "$T/en.txt" 2> "$T/err"; rc=$?
check "--glosses needs a known value" '[ $rc -eq 64 ] && grep -q "auto, keep or drop" "$T/err"'
"$VACHAK" explain "$T/en.txt" > "$T/x"
check "explain cites names and the phonemiser" 'grep -q "english .*hi/names.tsv:[0-9]" "$T/x" && grep -q "hi/english-phonemes.tsv eSpeak NG en \[" "$T/x" && grep -q "gloss" "$T/x"'

printf 'सुबह 8:00, +91 98765 43210, 3.5.1, 192.168.1.1, 1:2 के अनुपात, 10-15 लोग, 200x10, 5/8, 1990s, 300+, #1, 21वीं, 9/11, ₹5 लाख\n' |
    "$VACHAK" explain --tsv > "$T/x"; rc=$?
check "explain cites a rule for every number" '[ $rc -eq 0 ] && [ "$(awk -F"\t" "NR > 1 && \$3 ~ /[0-9]/ && \$6 == \"\"" "$T/x" | wc -l)" -eq 0 ] && [ "$(awk -F"\t" "NR > 1 && \$3 ~ /[0-9]/" "$T/x" | wc -l)" -eq 14 ]'

# Speak writes a WAV and says where and how long.
printf 'नमस्ते, आज 22 तारीख है।\n' > "$T/s.txt"
"$VACHAK" speak "$T/s.txt" -o "$T/s.wav" 2> "$T/err"; rc=$?
check "speak writes a wav" '[ $rc -eq 0 ] && [ -s "$T/s.wav" ] && grep -q "wrote .*s.wav: .* s of speech, 22050 Hz mono" "$T/err"'
"$VACHAK" speak "$T/s.txt" -o "$T/s.xyz" 2> "$T/err"; rc=$?
check "speak refuses an unknown format" '[ $rc -eq 64 ] && [ ! -e "$T/s.xyz" ]'
"$VACHAK" speak "$T/s.txt" -o "$T/nodir/s.wav" 2> /dev/null; rc=$?
check "speak to a missing folder fails cleanly" '[ $rc -eq 74 ] && [ ! -e "$T/nodir" ]'
"$VACHAK" normalize "$T/s.txt" -o "$T/nodir/s.txt" 2> /dev/null; rc=$?
check "normalize to a missing folder exits 73" '[ $rc -eq 73 ]'

echo "$((n - fails))/$n CLI checks passed"
[ $fails -eq 0 ]

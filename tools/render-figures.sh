#!/bin/sh
# Renders every figure of the bundled catalog to PNG, and contact-sheet PNGs of 4x4 figures each,
# so that a person (or an agent with an image viewer) can look at many figures at once.
#
#   tools/render-figures.sh [OUT_DIR] [-- extra limber options such as --catalog DIR]
#
# Needs rsvg-convert (Debian/Ubuntu: apt-get install librsvg2-bin) and, for the 4x4 sheets,
# ImageMagick's montage (apt-get install imagemagick). Build first: mvn -B -q package -DskipTests
set -eu
out=${1:-target/figures}
[ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
jar=examples/target/limber.jar
[ -f "$jar" ] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
command -v rsvg-convert >/dev/null || { echo "needs rsvg-convert: apt-get install librsvg2-bin" >&2; exit 2; }
rm -rf "$out" && mkdir -p "$out/svg" "$out/png"
java -jar "$jar" export --figures "$out/svg" "$@"
for svg in "$out"/svg/*.svg; do
  name=$(basename "$svg" .svg)
  rsvg-convert -w 300 -h 300 -b white "$svg" -o "$out/png/$name.png"
done
if command -v montage >/dev/null; then
  # Left-side stills only: one tile per exercise, labelled with its file name.
  ls "$out"/png/*.png | grep -v -e '-right\.png$' -e '-animated\.png$' > "$out/list.txt"
  split -l 16 -d "$out/list.txt" "$out/page-"
  for page in "$out"/page-*; do
    montage -label '%t' -pointsize 14 $(cat "$page") -tile 4x4 -geometry 300x300+4+4 \
      -background white "$out/sheet-$(basename "$page" | sed 's/page-//').png" \
      || montage $(cat "$page") -tile 4x4 -geometry 300x300+4+4 -background white \
           "$out/sheet-$(basename "$page" | sed 's/page-//').png"
    rm "$page"
  done
  echo "sheets: $out/sheet-*.png"
else
  echo "no montage (apt-get install imagemagick): look at $out/png/*.png one by one"
fi
java -jar "$jar" figures --contact-sheet "$out/contact-sheet.html" "$@"

#!/usr/bin/env bash
# Regenerates every raster icon from the master SVG. The results are committed, so Windows and macOS
# builds need none of these tools. Needs: rsvg-convert (librsvg2-bin), ImageMagick (convert or magick),
# python3.   Usage: packaging/icons/generate.sh
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
svg="$here/spendboard.svg"
png="$here/png"
mkdir -p "$png"

for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$svg" -o "$png/spendboard-$size.png"
done

magick=(convert)
command -v magick >/dev/null && magick=(magick)
# Windows: one .ico with every size the shell asks for (256 is stored as PNG inside the .ico).
"${magick[@]}" "$png"/spendboard-{16,24,32,48,64,128,256}.png "$here/../windows/spendboard.ico"

# macOS: PNG elements for 16 … 512 pt at 1x and 2x, as iconutil writes them.
python3 "$here/make_icns.py" "$here/../macos/spendboard.icns" "$png"
echo "icons regenerated from $svg"

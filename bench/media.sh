#!/usr/bin/env bash
# Media figures: bytes of the seed article's hero at each width (JPEG and WebP), and the time from upload to
# ready for a 24-megapixel JPEG. Builds the app, runs it on 127.0.0.1 with a throw-away data directory.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=${JAVA_HOME:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)}
JAVA="$JAVA_HOME/bin/java"
PORT=${PORT:-18080}
work=$(mktemp -d)
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

./mvnw -q -DskipTests package
"$JAVA" -jar target/dateline-*-SNAPSHOT.jar --server.port="$PORT" --dateline.data-dir="$work/data" > "$work/app.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$PORT"
until curl -fs -o /dev/null "$base/"; do sleep 0.5; done

page=$(curl -fs "$base/world/xi-jinping-arrived-in-moscow-to-show-support-for-putin")
hero=$(grep -o '/media/[0-9a-f]*/1024\.jpg' <<<"$page" | head -1)
key=$(cut -d/ -f3 <<<"$hero")
echo "Seed article hero image (2400x1350 drawing), bytes per rendition:"
printf '%8s %10s %10s %8s\n' width JPEG WebP WebP/JPEG
for w in 320 480 640 800 1024 1280 1600 2048; do
  j=$(curl -fs "$base/media/$key/$w.jpg" | wc -c)
  p=$(curl -fs "$base/media/$key/$w.webp" | wc -c)
  printf '%8s %10s %10s %8s\n' "$w" "$j" "$p" "$(awk -v a="$p" -v b="$j" 'BEGIN{printf "%.2f", a/b}')"
done

"$JAVA" bench/MakePhoto.java "$work/photo24mp.jpg" 6000 4000
echo
echo "24-megapixel JPEG (6000x4000, $(wc -c < "$work/photo24mp.jpg") bytes):"
password=$(grep -E '^ +admin \(Admin\)' "$work/app.log" | awk '{print $3}')
jar="$work/cookies"
token=$(curl -fs -c "$jar" -b "$jar" "$base/newsroom/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -fs -c "$jar" -b "$jar" -o /dev/null -d "username=admin&password=$password&_csrf=$token" "$base/newsroom/login"
token=$(curl -fs -c "$jar" -b "$jar" "$base/newsroom/media" | grep -o '_csrf=[^"]*"' | head -1 | sed 's/_csrf=//;s/"$//')
read -r code total location < <(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{time_total} %{redirect_url}\n' \
  -F "files=@$work/photo24mp.jpg;type=image/jpeg" "$base/newsroom/media?_csrf=$token")
id=$(sed -E 's#.*/newsroom/media/([0-9]+).*#\1#' <<<"$location")
echo "  upload to ready (checked, oriented, master stored, in the library): ${total}s (HTTP $code)"
edit=$(curl -fs -c "$jar" -b "$jar" "$base/newsroom/media/$id")
newkey=$(grep -o '/media/[0-9a-f]*/' <<<"$edit" | head -1 | cut -d/ -f3)
for name in 1024.webp 1024.jpg 16x9-50-50-1280.webp 2048.jpg; do
  t=$(curl -fs -o /dev/null -w '%{time_total}' "$base/media/$newkey/$name")
  again=$(curl -fs -o /dev/null -w '%{time_total}' "$base/media/$newkey/$name")
  echo "  first request for $name (generated and stored): ${t}s; next request: ${again}s"
done

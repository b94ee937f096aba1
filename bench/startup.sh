#!/usr/bin/env bash
# Start-up benchmark (issue 16): the application jar with -Xmx512m on the demo data, from the
# launch to Spring's "Started" line, to the first page answered (the login page) and to the
# demo data ready (a signed-in page answered). RUNS times on a fresh H2 database (the demo zone
# written at the first start), then RUNS times again on the database the first run left
# (a restart: the demo data already there). Prints one line per run and the medians.
#
#   bench/startup.sh              # 3 + 3 runs
#   RUNS=5 HEAP=-Xmx512m bench/startup.sh
#
# Needs: a JDK 17, curl, bc. Builds the jar if missing (BUILD=1 rebuilds it).
set -eu
cd "$(dirname "$0")/.."

PORT=${PORT:-18081}
RUNS=${RUNS:-3}
HEAP=${HEAP:--Xmx512m}
if [[ "${BUILD:-0}" == 1 ]] || ! ls target/gaoxin-*.jar >/dev/null 2>&1; then
	./mvnw -q -o package -DskipTests
fi
JAR=$(ls target/gaoxin-*.jar | grep -v original | head -1)
WORK=$(mktemp -d -t gaoxin-startup.XXXXXX)
BASE="http://localhost:$PORT"

seconds() { echo "scale=1; ($1 - $2) / 1000000000" | bc -l; }

# one start: prints "started first-page ready" in seconds from the launch
one() {
	local data=$1 log="$WORK/app.log" start started answered ready app
	: >"$log"
	start=$(date +%s%N)
	GAOXIN_DATA_DIR="$data" java $HEAP -jar "$JAR" --server.port="$PORT" --spring.profiles.active=demo \
		--gaoxin.tasks.reminders.enabled=false >"$log" 2>&1 &
	app=$!
	until grep -q "Started GaoxinApplication" "$log"; do
		kill -0 "$app" 2>/dev/null || { tail -30 "$log" >&2; exit 1; }
		sleep 0.02
	done
	started=$(date +%s%N)
	until curl -fsS -o /dev/null "$BASE/login"; do sleep 0.02; done
	answered=$(date +%s%N)
	until grep -q "Demo zone \(loaded\|already loaded\)" "$log"; do sleep 0.02; done
	local jar="$WORK/cookies" token
	rm -f "$jar"
	token=$(curl -sS -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
	curl -sS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=demo-hq" \
		--data-urlencode "password=gaoxin-demo-2021" --data-urlencode "_csrf=$token" "$BASE/login"
	[[ "$(curl -sS -o /dev/null -w '%{http_code}' -b "$jar" "$BASE/?zone=QJ-HTZ")" == 200 ]] || { echo "sign-in failed" >&2; exit 1; }
	ready=$(date +%s%N)
	kill "$app"
	wait "$app" 2>/dev/null || true
	echo "$(seconds "$started" "$start") $(seconds "$answered" "$start") $(seconds "$ready" "$start")"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "jar: $JAR   heap: $HEAP   load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for kind in fresh restart; do
	: >"$WORK/$kind.txt"
	for run in $(seq "$RUNS"); do
		if [[ "$kind" == fresh ]]; then
			rm -rf "$WORK/data-$run"
			line=$(one "$WORK/data-$run")
		else
			line=$(one "$WORK/data-1")
		fi
		echo "$kind run $run: Started $(cut -d' ' -f1 <<<"$line") s, first page $(cut -d' ' -f2 <<<"$line") s, demo data ready and signed in $(cut -d' ' -f3 <<<"$line") s"
		echo "$line" >>"$WORK/$kind.txt"
	done
	echo "$kind median: Started $(cut -d' ' -f1 "$WORK/$kind.txt" | median) s, first page $(cut -d' ' -f2 "$WORK/$kind.txt" | median) s, ready $(cut -d' ' -f3 "$WORK/$kind.txt" | median) s"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$WORK"

#!/usr/bin/env bash
# Load benchmark (issue 16): starts the application jar with -Xmx512m on a fresh H2 file
# database with the demo zone (or on the database named below), signs in through the login
# form (session cookie, CSRF), creates an API token on the tokens page, then puts 32
# concurrent connections for 30 s on each route with wrk: the dashboard, the evaluation page,
# the cultivation pool page, and the evaluation API with the bearer token. Prints
# p50/p99/requests per second/errors per route and the start-up time, then stops the
# application.
#
#   bench/load.sh                       # build the jar if missing, demo data, defaults
#   BUILD=1 bench/load.sh               # rebuild the jar first
#   CONNECTIONS=32 DURATION=30s THREADS=2 WARMUP=30s bench/load.sh
#   ONLY=evaluation JAVA_OPTS=-XX:StartFlightRecording=filename=e.jfr,settings=profile bench/load.sh
#   DB_URL=jdbc:postgresql://localhost/province DB_USER=gaoxin DB_PASSWORD=… \
#     ZONE=P01-HTZ YEAR=2021 SIGN_IN_USER=admin SIGN_IN_PASSWORD=… PROFILE= bench/load.sh
#       # a generated province database: the routes are asked for ZONE and YEAR
#
# Needs: a JDK 17, wrk (Debian: apt-get install wrk), curl.
set -eu
cd "$(dirname "$0")/.."

PORT=${PORT:-18080}
CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-30s}
# every route is put under the same load for WARMUP, twice round, before any is measured;
# WARMUP=0 measures a cold application
WARMUP=${WARMUP:-20s}
THREADS=${THREADS:-2}
HEAP=${HEAP:--Xmx512m}
ZONE=${ZONE:-QJ-HTZ}
YEAR=${YEAR:-2021}
PROFILE=${PROFILE-demo}
SIGN_IN_USER=${SIGN_IN_USER:-demo-hq}
SIGN_IN_PASSWORD=${SIGN_IN_PASSWORD:-gaoxin-demo-2021}
DB_URL=${DB_URL:-}
DB_USER=${DB_USER:-}
DB_PASSWORD=${DB_PASSWORD:-}
JAVA_OPTS=${JAVA_OPTS:-}

command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 2; }
if [[ "${BUILD:-0}" == 1 ]] || ! ls target/gaoxin-*.jar >/dev/null 2>&1; then
	./mvnw -q -o package -DskipTests
fi
JAR=$(ls target/gaoxin-*.jar | grep -v original | head -1)

WORK=$(mktemp -d -t gaoxin-load.XXXXXX)
LOG="$WORK/app.log"
: >"$LOG"
ARGS=(--server.port="$PORT" --gaoxin.tasks.reminders.enabled=false)
[[ -n "$PROFILE" ]] && ARGS+=(--spring.profiles.active="$PROFILE")
if [[ -n "$DB_URL" ]]; then
	ARGS+=(--spring.datasource.url="$DB_URL" --spring.datasource.username="$DB_USER" --spring.datasource.password="$DB_PASSWORD")
fi

echo "jar: $JAR   data: $WORK   heap: $HEAP   load before: $(cut -d' ' -f1-3 /proc/loadavg)"
START=$(date +%s%N)
# shellcheck disable=SC2086
GAOXIN_DATA_DIR="$WORK/data" java $HEAP $JAVA_OPTS -jar "$JAR" "${ARGS[@]}" >"$LOG" 2>&1 &
APP=$!
stop() {
	kill "$APP" 2>/dev/null || true
	wait "$APP" 2>/dev/null || true
}
trap stop EXIT

until grep -q "Started GaoxinApplication" "$LOG"; do
	if ! kill -0 "$APP" 2>/dev/null; then
		echo "the application stopped:" >&2
		tail -40 "$LOG" >&2
		exit 1
	fi
	sleep 0.1
done
STARTED=$(date +%s%N)
until curl -fsS -o /dev/null "http://localhost:$PORT/login"; do sleep 0.05; done
ANSWERED=$(date +%s%N)
echo "start-up: $(grep -o 'Started GaoxinApplication in [0-9.]* seconds[^)]*)' "$LOG")"
printf 'start-up measured from the launch: Started %.1f s, first page answered %.1f s\n' \
	"$(echo "($STARTED - $START) / 1000000000" | bc -l)" "$(echo "($ANSWERED - $START) / 1000000000" | bc -l)"

# sign in as a person does: the login form's CSRF token, then the session cookie. The demo
# data is loaded after "Started" (an application runner): until then the accounts do not
# exist, so the sign-in is tried until it works
JAR_FILE="$WORK/cookies"
BASE="http://localhost:$PORT"
csrf() { grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
signed_in() {
	rm -f "$JAR_FILE"
	local token
	token=$(curl -sS -c "$JAR_FILE" -b "$JAR_FILE" "$BASE/login" | csrf)
	curl -sS -o /dev/null -c "$JAR_FILE" -b "$JAR_FILE" --data-urlencode "username=$SIGN_IN_USER" \
		--data-urlencode "password=$SIGN_IN_PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login"
	[[ "$(curl -sS -o /dev/null -w '%{http_code}' -b "$JAR_FILE" "$BASE/tokens")" == 200 ]]
}
if [[ "$PROFILE" == *demo* ]]; then
	# never a sign-in before the accounts exist: failed ones would lock the account
	until grep -q "Demo zone \(loaded\|already loaded\)" "$LOG"; do sleep 0.1; done
fi
signed_in || { echo "sign-in failed" >&2; exit 1; }
READY=$(date +%s%N)
printf 'signed in (data loaded, first page of a signed-in user answered) %.1f s after the launch\n' \
	"$(echo "($READY - $START) / 1000000000" | bc -l)"
SESSION=$(awk '$6 == "JSESSIONID" { print $7 }' "$JAR_FILE")
[[ -n "$SESSION" ]] || { echo "sign-in failed" >&2; exit 1; }
if [[ "${API_AUTH:-token}" == basic ]]; then
	# a release without API tokens: HTTP Basic, a password hash on every call
	API_HEADER="Authorization: Basic $(printf '%s:%s' "$SIGN_IN_USER" "$SIGN_IN_PASSWORD" | base64 -w0)"
else
	TOKEN=$(curl -fsS -b "$JAR_FILE" "$BASE/tokens" | csrf)
	BEARER=$(curl -fsS -b "$JAR_FILE" --data-urlencode "name=load benchmark" --data-urlencode "days=1" \
		--data-urlencode "readOnly=true" --data-urlencode "_csrf=$TOKEN" "$BASE/tokens" | grep -o 'gxt_[A-Za-z0-9_-]*' | head -1)
	[[ -n "$BEARER" ]] || { echo "no API token" >&2; exit 1; }
	API_HEADER="Authorization: Bearer $BEARER"
fi

ROUTES=(
	"dashboard|/?zone=$ZONE&year=$YEAR|cookie"
	"evaluation page|/evaluation?zone=$ZONE&year=$YEAR|cookie"
	"pool page|/cultivation?zone=$ZONE&year=$YEAR|cookie"
	"evaluation API (${API_AUTH:-token})|/api/v1/zones/$ZONE/evaluations?year=$YEAR|api"
)
RESULTS="$WORK/results.txt"
: >"$RESULTS"
header_of() {
	if [[ "$1" == cookie ]]; then echo "Cookie: JSESSIONID=$SESSION"; else echo "$API_HEADER"; fi
}
if [[ "$WARMUP" != 0 ]]; then
	# the same load, not counted, on every route in turn, twice: the JIT compiles the code
	# the routes share first (on two cores the C2 compiler takes one core for two minutes
	# or so after a start, and pages measured meanwhile answer half as fast)
	for round in 1 2; do
		for route in "${ROUTES[@]}"; do
			IFS='|' read -r name path auth <<<"$route"
			[[ -z "${ONLY:-}" || "$name" == *"$ONLY"* ]] || continue
			wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "$(header_of "$auth")" "$BASE$path" >/dev/null
		done
	done
	sleep 10
fi
for route in "${ROUTES[@]}"; do
	IFS='|' read -r name path auth <<<"$route"
	# ONLY=pool measures the routes whose name matches (a profile of one page)
	[[ -z "${ONLY:-}" || "$name" == *"$ONLY"* ]] || continue
	if [[ "$auth" == cookie ]]; then
		HEADER="Cookie: JSESSIONID=$SESSION"
	else
		HEADER="$API_HEADER"
	fi
	status=$(curl -s -o /dev/null -w '%{http_code}' -H "$HEADER" "$BASE$path")
	[[ "$status" == 200 ]] || { echo "$name answers $status before the load" >&2; exit 1; }
	out="$WORK/wrk-$(echo "$name" | tr -c 'a-z' '-').txt"
	wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "$HEADER" "$BASE$path" >"$out"
	p50=$(awk '$1 == "50%" { print $2 }' "$out")
	p99=$(awk '$1 == "99%" { print $2 }' "$out")
	rps=$(awk '/^Requests\/sec/ { print $2 }' "$out")
	total=$(awk '/requests in/ { print $1 }' "$out")
	non2xx=$(awk '/Non-2xx or 3xx responses/ { print $5 }' "$out")
	sockets=$(awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$out")
	errors=$(( ${non2xx:-0} + ${sockets:-0} ))
	printf '| %s | %s | %s | %s | %s | %s |\n' "$name" "$p50" "$p99" "$rps" "$total" "$errors" >>"$RESULTS"
done

echo
echo "load: $CONNECTIONS connections, $THREADS threads, $DURATION per route after 2 × $WARMUP warm-up on each; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| route | p50 | p99 | requests/s | requests | errors |"
echo "|---|---|---|---|---|---|"
cat "$RESULTS"
echo "heap: $(jcmd "$APP" GC.heap_info 2>/dev/null | grep -m1 -o 'total [0-9]*K, used [0-9]*K' || echo '?')"

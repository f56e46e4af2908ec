# Sourced by .ci/run: a throw-away PostgreSQL for the storage tests, on
# 127.0.0.1 only, in a temporary folder, from apt's postgresql when the
# machine has none. Exports TEST_DATABASE_URL; `ci_postgres_stop` stops it.
# Any failure is reported and leaves TEST_DATABASE_URL unset: with CI=true
# the storage tests then fail (never skip), so the problem shows in the total.

ci_postgres_bin() {
	ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

# Runs a command as the postgres user (the server refuses to run as root).
ci_as_postgres() {
	if [ "$(id -u)" = 0 ]; then
		runuser -u postgres -- "$@"
	else
		"$@"
	fi
}

ci_postgres_start() {
	if [ -z "$(ci_postgres_bin)" ] || [ ! -x "$(ci_postgres_bin)/initdb" ]; then
		echo "── installing PostgreSQL (apt) ──"
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq && apt-get install -y -qq postgresql >/dev/null || {
			echo "could not install postgresql"
			return 1
		}
	fi
	local bin
	bin="$(ci_postgres_bin)"
	[ -x "$bin/initdb" ] || { echo "no initdb under /usr/lib/postgresql"; return 1; }

	# A port nobody listens on (apt may have started a cluster on 5432).
	local port=54329
	while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done

	CI_PGDATA="$(mktemp -d /tmp/factline-ci-pg.XXXXXX)" || return 1
	[ "$(id -u)" = 0 ] && chown postgres: "$CI_PGDATA"
	chmod 700 "$CI_PGDATA"
	echo "── starting PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ──"
	local locale=C.UTF-8
	locale -a 2>/dev/null | grep -qix 'c.utf-\?8' || locale=C
	ci_as_postgres "$bin/initdb" -D "$CI_PGDATA/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
		--encoding=UTF8 --locale="$locale" --no-sync >"$CI_PGDATA/initdb.log" 2>&1 || {
		echo "initdb failed:"; tail -n 20 "$CI_PGDATA/initdb.log"; return 1
	}
	# Listens on loopback only; the socket lives in the temporary folder.
	ci_as_postgres "$bin/pg_ctl" -D "$CI_PGDATA/data" -l "$CI_PGDATA/server.log" -w -t 60 \
		-o "-p $port -k $CI_PGDATA -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null || {
		echo "PostgreSQL did not start:"; tail -n 20 "$CI_PGDATA/server.log"; return 1
	}
	CI_PGBIN="$bin"
	local password
	password="$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
	ci_as_postgres "$bin/psql" -q -h "$CI_PGDATA" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
		-c "CREATE ROLE factline LOGIN PASSWORD '$password'" \
		-c "CREATE DATABASE factline_test OWNER factline" >/dev/null || {
		echo "could not create the test role and database"; return 1
	}
	export TEST_DATABASE_URL="postgres://factline:$password@127.0.0.1:$port/factline_test"
	echo "TEST_DATABASE_URL=postgres://factline:***@127.0.0.1:$port/factline_test"
}

ci_postgres_stop() {
	if [ -n "${CI_PGBIN:-}" ] && [ -n "${CI_PGDATA:-}" ]; then
		ci_as_postgres "$CI_PGBIN/pg_ctl" -D "$CI_PGDATA/data" -m fast -w stop >/dev/null 2>&1
	fi
	[ -n "${CI_PGDATA:-}" ] && rm -rf "$CI_PGDATA"
	CI_PGBIN=
	CI_PGDATA=
}

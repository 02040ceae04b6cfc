#!/usr/bin/env python3
"""Re-runs the attacks of issue 10 against a running AnalisaAI API (Development, python3 standard library only).

    python3 tests/fuzz/attacks.py http://127.0.0.1:5182 src/data/jwt-signing-key.txt

The signing key file is the Development key the app generated; it is read only to forge tokens with bad claims.
Each line says what an attack got; the process exits 1 when any attack got what it wanted.
"""
import base64
import hashlib
import hmac
import http.client
import json
import statistics
import sys
import threading
import time
import urllib.parse
import uuid

BASE = urllib.parse.urlsplit(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:5182")
KEY = open(sys.argv[2] if len(sys.argv) > 2 else "src/data/jwt-signing-key.txt").read().strip().encode()
PASSWORD = "correct horse battery"
results = []


def call(method, path, body=None, token=None, raw=None):
    conn = http.client.HTTPConnection(BASE.hostname, BASE.port or 80, timeout=60)
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    conn.request(method, path, body=data, headers=headers)
    response = conn.getresponse()
    text = response.read()
    conn.close()
    try:
        parsed = json.loads(text) if text else None
    except ValueError:
        parsed = None
    return response.status, parsed, dict(response.getheaders())


def check(item, attack, got, held):
    results.append(held)
    print(f"[{'held' if held else 'BROKEN'}] item {item}: {attack} -> {got}")


def register(email=None, password=PASSWORD):
    email = email or f"attack-{uuid.uuid4().hex[:12]}@analisaai.test"
    status, _, _ = call("POST", "/api/auth/register", {"email": email, "password": password, "displayName": "Attacker"})
    return email, status


def login(email, password=PASSWORD):
    return call("POST", "/api/auth/login", {"email": email, "password": password})


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def forge(claims, issuer="analisaai"):
    now = int(time.time())
    header = b64(json.dumps({"alg": "HS256", "typ": "at+jwt"}).encode())
    payload = b64(json.dumps({"iss": issuer, "aud": "analisaai", "iat": now, "nbf": now, "exp": now + 600, **claims}).encode())
    signature = b64(hmac.new(KEY, f"{header}.{payload}".encode(), hashlib.sha256).digest())
    return f"{header}.{payload}.{signature}"


def claims_of(token):
    part = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def main():
    admin = login("admin@analisaai.demo", "AnalisaAI-demo-2026")[1]["accessToken"]

    # 1. Lockout bypass: 20 concurrent wrong passwords.
    email, _ = register()
    statuses = []
    threads = [threading.Thread(target=lambda i=i: statuses.append(login(email, f"wrong guess {i}")[0])) for i in range(20)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    after = login(email)[0]
    check(1, "20 concurrent wrong passwords, then the right one", f"{sorted(set(statuses))} then {after}", after == 401)

    # 4. Poison ingestion data.
    status, body, _ = call("POST", "/api/influencers", {"handle": "poison_" + uuid.uuid4().hex[:8], "platform": "instagram"}, admin)
    influencer = body["id"]
    for kind, item, path in (
        ("posts", {"externalId": "p", "publishedAt": "2026-01-01T00:00:00Z", "contentType": "image", "likes": 2**62, "comments": 0}, "items[0].likes"),
        ("audience-snapshots", {"date": "0001-01-01", "followers": 10}, "items[0].date"),
        ("audience-snapshots", {"date": "9999-12-31", "followers": 10}, "items[0].date"),
    ):
        status, problem, _ = call("POST", f"/api/influencers/{influencer}/{kind}", {"items": [item]}, admin)
        keys = list((problem or {}).get("errors", {}))
        check(4, f"{kind} {json.dumps(item)[:60]}", f"{status} {keys}", status == 400 and keys == [path])

    # 5. Access token after logout.
    email, _ = register()
    _, pair, _ = login(email)
    before = call("GET", "/api/auth/me", token=pair["accessToken"])[0]
    call("POST", "/api/auth/logout", {"refreshToken": pair["refreshToken"]})
    time.sleep(5)
    after = call("GET", "/api/auth/me", token=pair["accessToken"])[0]
    check(5, "access token 5 s after logout (sid " + claims_of(pair["accessToken"]).get("sid", "none")[:8] + "...)", f"{before} then {after}", after == 401)

    # 6. Weak passwords.
    for weak in ("password1234", "aaaaaaaaaaaa", "123456789012"):
        check(6, f"register with {weak}", register(password=weak)[1], register(password=weak)[1] == 400)

    # 7. Double-submitted refresh.
    email, _ = register()
    _, pair, _ = login(email)
    first, second = [], []
    t1 = threading.Thread(target=lambda: first.append(call("POST", "/api/auth/refresh", {"refreshToken": pair["refreshToken"]})))
    t2 = threading.Thread(target=lambda: second.append(call("POST", "/api/auth/refresh", {"refreshToken": pair["refreshToken"]})))
    t1.start(); t2.start(); t1.join(); t2.join()
    answers = sorted([first[0][0], second[0][0]])
    winner = next(a for a in (first[0], second[0]) if a[0] == 200)
    next_refresh = call("POST", "/api/auth/refresh", {"refreshToken": winner[1]["refreshToken"]})[0]
    check(7, "two concurrent refreshes, then the winner's new token", f"{answers} then {next_refresh}", next_refresh == 200)

    # 9. Headers.
    email, _ = register()
    status, _, headers = login(email)
    lower = {k.lower(): v for k, v in headers.items()}
    check(9, "token response headers", f"Cache-Control={lower.get('cache-control')} nosniff={lower.get('x-content-type-options')} "
          f"Referrer-Policy={lower.get('referrer-policy')} CSP={lower.get('content-security-policy', '')[:40]}...",
          lower.get("cache-control") == "no-store" and lower.get("x-content-type-options") == "nosniff" and "content-security-policy" in lower)
    status, _, headers = call("GET", "/api/auth/me", token=forge({"sub": str(uuid.uuid4())}, issuer="evil"))
    challenge = {k.lower(): v for k, v in headers.items()}.get("www-authenticate", "")
    check(9, "token with issuer 'evil'", f"{status} WWW-Authenticate: {challenge}", status == 401 and "error_description" not in challenge)

    # 10. Register timing, duplicate versus new (median of 5 each).
    email, _ = register()
    duplicate, fresh = [], []
    for _ in range(5):
        start = time.perf_counter(); status = register(email)[1]; duplicate.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter(); register(); fresh.append((time.perf_counter() - start) * 1000)
    check(10, "register duplicate vs new email", f"{status}, {statistics.median(duplicate):.0f} ms vs {statistics.median(fresh):.0f} ms",
          status == 409 and statistics.median(duplicate) > 0.5 * statistics.median(fresh))

    # 11. Control characters and lookalikes.
    check(11, "register an email with NUL", register(f"nul\u0000{uuid.uuid4().hex[:6]}@analisaai.test")[1], register(f"nul\u0000x@analisaai.test")[1] == 400)
    local = "look" + uuid.uuid4().hex[:6]
    register(f"{local}@analisaai.test")
    wide = "".join(chr(ord(c) - ord('a') + 0xFF41) if c.isalpha() else c for c in local)
    status = register(f"{wide}@analisaai.test")[1]
    check(11, "register the fullwidth lookalike of an existing email", status, status == 409)

    # 12. Signed tokens without a GUID sub.
    sid = claims_of(admin)["sid"]
    for claims in ({"sid": sid, "role": "admin"}, {"sub": "not-a-guid", "sid": sid, "role": "admin"}):
        status = call("GET", "/api/auth/me", token=forge(claims))[0]
        check(12, f"/me with claims {list(claims)} sub={claims.get('sub')}", status, status == 401)

    # Issue 11: password hashing capped per instance.
    email, _ = register()
    flood = []
    threads = [threading.Thread(target=lambda: flood.append(call("POST", "/api/auth/login", {"email": email, "password": PASSWORD}))) for _ in range(80)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    counts = {s: sum(1 for f in flood if f[0] == s) for s in sorted({f[0] for f in flood})}
    busy = next((f for f in flood if f[0] == 503), None)
    retry = busy and {k.lower(): v for k, v in busy[2].items()}.get("retry-after")
    check("11/hash", "80 concurrent logins", f"{counts}, Retry-After {retry}", 503 in counts and retry is not None and 500 not in counts)

    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())

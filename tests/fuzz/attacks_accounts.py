#!/usr/bin/env python3
"""Re-runs the attacks of issue 22 (accounts and sessions) against a running AnalisaAI API (python3 standard library).

    dotnet build src && cd src && ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__Default="Data Source=/tmp/attack.db" \
      RateLimiting__Login__PermitLimit=100000 RateLimiting__Refresh__PermitLimit=100000 \
      ForwardedHeaders__KnownProxies__0=127.0.0.1 Auth__PasswordHashing__MaxConcurrent=16 Auth__PasswordHashing__QueueLimit=64 \
      dotnet bin/Debug/net10.0/AnalisaAI.Api.dll --urls http://127.0.0.1:5182 &
    python3 tests/fuzz/attacks_accounts.py http://127.0.0.1:5182

Development gives the demo admin and open registration (the attacks register their own accounts). The app
trusts the loopback proxy so that X-Forwarded-For can play several client addresses, verifies up to 16 passwords
at once, as on a 16-core host, and has its rate limits raised, so that the lockout, not the limiter, answers.
Each line says what an attack got; exit 1 when any attack got what it wanted.
"""
import base64
import hashlib
import hmac
import http.client
import json
import sys
import threading
import time
import urllib.parse
import uuid

BASE = urllib.parse.urlsplit(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:5182")
PASSWORD = "correct horse battery"
COOKIE = "__Secure-AnalisaAI-Refresh"
results = []


def call(method, path, body=None, token=None, address="203.0.113.1", headers=None, raw=None):
    conn = http.client.HTTPConnection(BASE.hostname, BASE.port or 80, timeout=60)
    sent = {"X-Forwarded-For": address}
    if body is not None or raw is not None:
        sent["Content-Type"] = "application/json"
    if token:
        sent["Authorization"] = "Bearer " + token
    sent.update(headers or {})
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    conn.request(method, path, body=data, headers=sent)
    response = conn.getresponse()
    text = response.read()
    conn.close()
    try:
        parsed = json.loads(text) if text else None
    except ValueError:
        parsed = None
    return response.status, parsed, response.getheaders()


def check(item, attack, got, held):
    results.append(held)
    print(f"[{'held' if held else 'BROKEN'}] {item}: {attack} -> {got}")


def register(password=PASSWORD):
    email = f"attack-{uuid.uuid4().hex[:12]}@analisaai.test"
    status, _, _ = call("POST", "/api/auth/register", {"email": email, "password": password, "displayName": "Attacker"})
    return email, status


def login(email, password=PASSWORD, address="203.0.113.1", user_agent="attack/1"):
    return call("POST", "/api/auth/login", {"email": email, "password": password}, address=address, headers={"User-Agent": user_agent})


def cookie_of(headers):
    for name, value in headers:
        if name.lower() == "set-cookie" and value.startswith(COOKIE + "="):
            return value.split(";")[0]
    return None


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def forge(key, claims):
    now = int(time.time())
    header = b64(json.dumps({"alg": "HS256", "typ": "at+jwt"}).encode())
    payload = b64(json.dumps({"iss": "analisaai", "aud": "analisaai", "iat": now, "nbf": now, "exp": now + 600, **claims}).encode())
    return f"{header}.{payload}.{b64(hmac.new(key.encode(), f'{header}.{payload}'.encode(), hashlib.sha256).digest())}"


def main():
    admin_pair = login("admin@analisaai.demo", "AnalisaAI-demo-2026", address="198.51.100.200")[1]

    # M1: a burst of 30 guesses, the right one 10th, 16 verified at once.
    for position in (0, 9, 13, 29):
        email, _ = register()
        answers = [None] * 30
        def guess(i):
            answers[i] = login(email, PASSWORD if i == position else f"wrong guess {i}", address="203.0.113.7")[0]
        threads = [threading.Thread(target=guess, args=(i,)) for i in range(30)]
        [t.start() for t in threads]
        [t.join() for t in threads]
        check("M1", f"30 parallel guesses, the right one at {position + 1}", sorted(set(answers)), 200 not in answers)

    # L6: the attacker's address is locked; the owner signs in from another address, and their session lives on.
    email, _ = register()
    owner = login(email, address="198.51.100.20")[1]
    attacker = [login(email, f"guess {i}", address="203.0.113.66")[0] for i in range(6)]
    from_attacker = login(email, address="203.0.113.66")[0]
    from_owner = login(email, address="198.51.100.21")[0]
    refreshed = call("POST", "/api/auth/refresh", {"refreshToken": owner["refreshToken"]}, address="198.51.100.20")[0]
    check("L6", "6 wrong guesses from one address, then the right password from it and from the owner's",
          f"{attacker} then {from_attacker} / owner {from_owner}, owner's refresh {refreshed}",
          from_attacker == 401 and from_owner == 200 and refreshed == 200)

    # M2: change password ends the other sessions; the sessions list; ending one session.
    email, _ = register()
    laptop = login(email, user_agent="Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0")[1]
    phone = login(email, address="198.51.100.9", user_agent="Mozilla/5.0 (iPhone) Safari/604.1")[1]
    listed = call("GET", "/api/auth/sessions", token=laptop["accessToken"])[1]["items"]
    check("M2", "list my sessions", [(s["userAgent"][:24], s["address"], s["current"]) for s in listed], len(listed) == 2)
    changed = call("POST", "/api/auth/change-password", {"currentPassword": PASSWORD, "newPassword": "a brand new passphrase"}, laptop["accessToken"])[0]
    phone_refresh = call("POST", "/api/auth/refresh", {"refreshToken": phone["refreshToken"]}, address="198.51.100.9")[0]
    old = login(email)[0]
    check("M2", "change password, then the other session refreshes and the old password signs in", f"{changed}, {phone_refresh}, {old}",
          changed == 204 and phone_refresh == 401 and old == 401)
    users = call("GET", f"/api/users?search={email}", token=admin_pair["accessToken"])[1]["items"]
    disabled = call("POST", f"/api/users/{users[0]['id']}/disable", token=admin_pair["accessToken"])[0]
    after = login(email, "a brand new passphrase")[0]
    check("M2", "admin disables the user, who signs in", f"{disabled}, {after}", disabled == 200 and after == 401)

    # L1: a same-site page posts logout and refresh with the cookie but no JSON content type.
    email, _ = register()
    status, _, headers = call("POST", "/api/auth/login?useCookies=true", {"email": email, "password": PASSWORD})
    cookie = cookie_of(headers)
    bare = [call("POST", f"/api/auth/{what}?useCookies=true", headers={"Cookie": cookie})[0] for what in ("logout", "refresh")]
    form = call("POST", "/api/auth/logout?useCookies=true", raw=b"", headers={"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"})[0]
    still = call("POST", "/api/auth/refresh?useCookies=true", {}, headers={"Cookie": cookie})[0]
    check("L1", "cookie-mode logout and refresh with no body or a form body", f"{bare} {form}, then a JSON refresh {still}",
          bare == [415, 415] and form == 415 and still == 200)

    # L2: a body declared in utf-7 or an unknown charset.
    for charset in ("utf-7", "x-unknown", "utf-16"):
        status, problem, _ = call("POST", "/api/auth/login", raw=json.dumps({"email": "a@b.c", "password": "x"}).encode(),
                                  headers={"Content-Type": f"application/json; charset={charset}"})
        check("L2", f"login declared charset={charset}", status, status == 415 and problem is not None and "stack" not in json.dumps(problem).lower())

    # L3: the thief rotates first (once, then twice); the victim replays the old token within the grace.
    for rotations in (1, 2):
        email, _ = register()
        victim = login(email, user_agent="victim-browser")[1]
        token = victim["refreshToken"]
        for _ in range(rotations):
            token = call("POST", "/api/auth/refresh", {"refreshToken": token}, address="203.0.113.99", headers={"User-Agent": "thief"})[1]["refreshToken"]
        replay = call("POST", "/api/auth/refresh", {"refreshToken": victim["refreshToken"]}, headers={"User-Agent": "victim-browser"})[0]
        thief = call("POST", "/api/auth/refresh", {"refreshToken": token}, address="203.0.113.99", headers={"User-Agent": "thief"})[0]
        check("L3", f"thief rotated {rotations}x, victim replays within 10 s, thief refreshes", f"{replay}, thief {thief}", replay == 401 and thief == 401)

    # L4: tokens signed with tutorial phrases (a 9-entry list) are refused.
    phrases = ["secret", "your-256-bit-secret", "my-super-secret-key", "this-is-my-super-secret-key-for-jwt-tokens",
               "supersecretkeysupersecretkey12345678", "ThisIsMySuperSecretKeyForJwtTokens1234567890",
               "YourSuperSecretKeyHereWhichIsLongEnough12345", "analisaai-signing-key-change-me", "changeme-changeme-changeme-changeme"]
    sub = call("GET", "/api/auth/me", token=admin_pair["accessToken"])[1]["id"]
    answers = [call("GET", "/api/users", token=forge(p, {"sub": sub, "role": "admin", "sid": str(uuid.uuid4())}))[0] for p in phrases]
    check("L4", "admin tokens forged with 9 tutorial keys", sorted(set(answers)), set(answers) == {401})
    padded = admin_pair["accessToken"] + "="
    check("Info", "the admin's token with a padded signature", call("GET", "/api/auth/me", token=padded)[0], call("GET", "/api/auth/me", token=padded)[0] == 401)

    # L5: weak passwords.
    email = f"mariana.souza{uuid.uuid4().hex[:4]}@analisaai.test"
    for weak in ("Password123!", "passwordpassword", "p@ssw0rd2026!", email.split("@")[0] + "!2026"):
        body = {"email": email, "password": weak, "displayName": "Weak"}
        check("L5", f"register with {weak!r}", call("POST", "/api/auth/register", body)[0], call("POST", "/api/auth/register", body)[0] == 400)

    # L8: bidi overrides and control characters in catalogue text.
    admin = admin_pair["accessToken"]
    for field, value in (("categories", ["1,300 \u202efollowers"]), ("displayName", "Ana\u202eSilva"), ("displayName", "Ana\u0007Silva"), ("handle", "ana\u2066silva")):
        body = {"handle": "bidi_" + uuid.uuid4().hex[:8], "platform": "instagram", field: value}
        status, problem, _ = call("POST", "/api/influencers", body, admin)
        check("L8", f"create an influencer with {field}={value!r}", f"{status} {list((problem or {}).get('errors', {}))}", status == 400)

    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())

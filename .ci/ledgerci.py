"""What the end-to-end scripts of .ci share: the generated users' passwords, a gateway client, and identity assertions
signed as the gateway signs them, for calls straight to a service."""
import base64
import hashlib
import json
import math
import os
import pathlib
import secrets
import sys
import time
import urllib.error
import urllib.request
import uuid

GATEWAY = "http://127.0.0.1:8080"


def fail(message, who="ci"):
    print(f"{who}: FAIL {message}", file=sys.stderr)
    sys.exit(1)


def passwords(data_dir):
    users = {}
    for line in (pathlib.Path(data_dir) / "initial-passwords.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _roles, password = line.split(" ")
            users[name] = password
    return users


class Gateway:
    base = GATEWAY

    def __init__(self, user=None, password=None):
        self.auth = user and "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()

    def call(self, method, path, body=None, raw=False, headers=None):
        """(status, JSON body) — or with raw=True (status, content type, bytes)."""
        data = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
        request = urllib.request.Request(self.base + path, data=data, method=method)
        if self.auth:
            request.add_header("Authorization", self.auth)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        for _ in range(20):
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    payload = response.read()
                    if raw:
                        return response.status, response.headers.get("Content-Type", ""), payload
                    return response.status, json.loads(payload.decode("utf-8") or "null")
            except urllib.error.HTTPError as error:
                if error.code == 429:  # the per-user rate limit: wait as told
                    time.sleep(float(error.headers.get("Retry-After", "1")))
                    continue
                payload = error.read()
                if raw:
                    return error.code, error.headers.get("Content-Type", ""), payload
                return error.code, json.loads(payload.decode("utf-8") or "null")
        fail(f"{method} {path}: still rate-limited after 20 tries")


class Service(Gateway):
    """A service called straight, past the gateway, as USER with ROLES: each call with a fresh assertion."""

    def __init__(self, base, assertions, user, roles):
        self.base, self.assertions, self.user, self.roles = base, assertions, user, roles

    @property
    def auth(self):
        return self.assertions.bearer(self.user, self.roles)


def _b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _b64_int(number):
    return _b64(number.to_bytes((number.bit_length() + 7) // 8, "big"))


def _prime(bits):
    small = [p for p in range(3, 2000, 2) if all(p % d for d in range(3, math.isqrt(p) + 1, 2))]
    while True:
        candidate = secrets.randbits(bits) | (3 << (bits - 2)) | 1
        if any(candidate % p == 0 for p in small):
            continue
        d, r = candidate - 1, 0
        while d % 2 == 0:
            d, r = d // 2, r + 1
        for _ in range(40):  # Miller-Rabin
            x = pow(secrets.randbelow(candidate - 3) + 2, d, candidate)
            if x in (1, candidate - 1):
                continue
            for _ in range(r - 1):
                x = pow(x, 2, candidate)
                if x == candidate - 1:
                    break
            else:
                break
        else:
            return candidate


class Assertions:
    """Identity assertions as the gateway signs them (contracts' LedgerRoles: RS256, issuer ledger-gateway, audience
    ledger-services, 60 s), with a 2048-bit RSA key this makes and writes as a JWK to KEY_FILE (owner-only). Start the
    suite with LEDGER_SIGNING_KEY_FILE=KEY_FILE: its gateway then signs with the same key, and the services accept
    these as the gateway's own (as the bench does, bench/.../signing)."""

    SHA256_DIGEST_INFO = bytes.fromhex("3031300d060960864801650304020105000420")

    def __init__(self, key_file):
        e = 65537
        while True:
            p, q = _prime(1024), _prime(1024)
            if p != q and math.gcd(e, (p - 1) * (q - 1)) == 1:
                break
        self.n, self.d, self.p, self.q = p * q, pow(e, -1, (p - 1) * (q - 1)), p, q
        self.kid = f"ci-{uuid.uuid4()}"
        jwk = {"kty": "RSA", "kid": self.kid, "n": _b64_int(self.n), "e": _b64_int(e), "d": _b64_int(self.d),
               "p": _b64_int(p), "q": _b64_int(q), "dp": _b64_int(self.d % (p - 1)), "dq": _b64_int(self.d % (q - 1)),
               "qi": _b64_int(pow(q, -1, p))}
        with os.fdopen(os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as out:
            json.dump(jwk, out)
        self.issued = {}

    def bearer(self, user, roles):
        """The Authorization header: one assertion per user and roles, signed anew after half its lifetime."""
        now = int(time.time())
        token, until = self.issued.get((user, tuple(roles)), (None, 0))
        if now >= until:
            token, until = self.sign(user, roles, now), now + 30
            self.issued[(user, tuple(roles))] = token, until
        return "Bearer " + token

    def sign(self, user, roles, now):
        header = {"alg": "RS256", "kid": self.kid, "typ": "JWT"}
        claims = {"iss": "ledger-gateway", "aud": ["ledger-services"], "sub": user, "iat": now, "exp": now + 60,
                  "jti": str(uuid.uuid4()), "roles": list(roles), "contexts": []}
        signed = ".".join(_b64(json.dumps(part, separators=(",", ":")).encode()) for part in (header, claims))
        size = (self.n.bit_length() + 7) // 8
        digest = self.SHA256_DIGEST_INFO + hashlib.sha256(signed.encode()).digest()
        padded = b"\x00\x01" + b"\xff" * (size - len(digest) - 3) + b"\x00" + digest  # EMSA-PKCS1-v1_5
        m = int.from_bytes(padded, "big")
        mp, mq = pow(m, self.d % (self.p - 1), self.p), pow(m, self.d % (self.q - 1), self.q)  # CRT
        signature = mq + self.q * ((pow(self.q, -1, self.p) * (mp - mq)) % self.p)
        return signed + "." + _b64(signature.to_bytes(size, "big"))

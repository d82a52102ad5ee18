"""What the end-to-end scripts of .ci share: the generated users' passwords and a gateway client."""
import base64
import json
import pathlib
import sys
import time
import urllib.error
import urllib.request

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
    def __init__(self, user=None, password=None):
        self.auth = user and "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()

    def call(self, method, path, body=None, raw=False, headers=None):
        """(status, JSON body) — or with raw=True (status, content type, bytes)."""
        data = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
        request = urllib.request.Request(GATEWAY + path, data=data, method=method)
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

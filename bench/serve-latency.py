#!/usr/bin/env python3
"""Usage: bench/serve-latency.py [N ...]        (default: 1000 10000)

Latency of `exhibit serve` from saving one case to the "reload" message, the figure
editors feel. For each N:

  1. generate a corpus of N cases with bench/make_corpus.py into bench/out/corpus-N (reused
     when it is there, as bench/build.sh does) and copy it to a scratch folder, so that
     the edits never touch the corpus;
  2. start `$EXHIBIT serve --site COPY --port P --verbose` on a free loopback port and
     connect a WebSocket to /__exhibit/live (a stdlib client: no packages needed);
  3. RUNS times: append a sentence to one case file (a different case each time) and
     time from the write to the "reload" message; then GET the edited page (rendered on
     request) and time that too;
  4. print median and max per N, the targets (50 ms at 1,000 cases, 100 ms at 10,000),
     and the median time of each stage of `update()` from serve's --verbose lines.

Environment:
  EXHIBIT  the binary (default .build-release/release/exhibit; build it with
           `swift build -c release --static-swift-stdlib --scratch-path .build-release`)
  RUNS     timed edits per N (default 10)
  SEED     corpus seed (default 1)
  TIMEOUT  seconds to wait for one reload (default 300)
  EDIT     text (default): append a sentence, the usual save while writing, which leaves
           the case on the same lists (serve's fast path); tag: add a new tag to the case,
           which changes the site's terms (a new tag page, new related cases): the fast
           path makes the terms and related cases again and plans the lists again
Exit status 1 if serve fails to start or a reload does not arrive in time.
"""

import base64
import json
import os
import re
import shutil
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(BENCH)
TARGETS = {1000: 50.0, 10000: 100.0}
EDIT = os.environ.get("EDIT", "text")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Live:
    """A WebSocket client that only listens (RFC 6455 handshake and unmasked frames)."""

    def __init__(self, port, path="/__exhibit/live"):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        self.buf = b""
        while b"\r\n\r\n" not in self.buf:
            self._fill()
        head, self.buf = self.buf.split(b"\r\n\r\n", 1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise RuntimeError(f"no WebSocket upgrade: {head[:200]!r}")

    def _fill(self):
        chunk = self.sock.recv(65536)
        if not chunk:
            raise EOFError("the server closed the WebSocket")
        self.buf += chunk

    def _take(self, n):
        while len(self.buf) < n:
            self._fill()
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def next(self, timeout):
        """The next text message, or None after `timeout` seconds."""
        self.sock.settimeout(timeout)
        message = b""
        try:
            while True:
                h = self._take(2)
                n = h[1] & 0x7F
                if n == 126:
                    n = struct.unpack(">H", self._take(2))[0]
                elif n == 127:
                    n = struct.unpack(">Q", self._take(8))[0]
                payload = self._take(n)
                opcode = h[0] & 0x0F
                if opcode == 0x8:
                    raise EOFError("the server closed the WebSocket")
                if opcode not in (0x0, 0x1):
                    continue
                message += payload
                if h[0] & 0x80:
                    return message.decode()
        except socket.timeout:
            return None


def http_get(port, path):
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    status = int(data.split(b" ", 2)[1]) if data else 0
    return status, data


def corpus(n, seed):
    name = f"corpus-{n}" if seed == 1 else f"corpus-{n}-s{seed}"
    site = os.path.join(BENCH, "out", name)
    if not (os.path.isfile(os.path.join(site, "content", "site.yaml")) and os.path.isdir(os.path.join(site, "content", "cases"))):
        tmp = site + ".tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        subprocess.run([sys.executable, os.path.join(BENCH, "make_corpus.py"), str(n), tmp, "--seed", str(seed)],
                       check=True, stdout=sys.stderr)
        shutil.rmtree(site, ignore_errors=True)
        os.rename(tmp, site)
    return site


def stage_medians(stderr_text):
    """Median ms of each stage from serve's --verbose lines ("load+parse 12 ms, resolve 3 ms, ...")."""
    stages = {}
    lines = [l for l in stderr_text.splitlines() if re.fullmatch(r"([\w+ -]+ [\d.]+ ms)(, [\w+ -]+ [\d.]+ ms)*", l.strip())]
    for line in lines[1:]:  # the first is the initial build
        for name, ms in re.findall(r"([\w+ -]+?) ([\d.]+) ms", line):
            stages.setdefault(name.strip(", "), []).append(float(ms))
    return {k: statistics.median(v) for k, v in stages.items()}


def bench(exhibit, n, runs, seed, timeout):
    source = corpus(n, seed)
    scratch = tempfile.mkdtemp(prefix=f"exhibit-serve-bench-{n}-")
    site = os.path.join(scratch, "site")
    shutil.copytree(os.path.join(source, "content"), os.path.join(site, "content"))
    if os.path.isdir(os.path.join(source, "templates")):
        shutil.copytree(os.path.join(source, "templates"), os.path.join(site, "templates"))
    port = free_port()
    out_path, err_path = os.path.join(scratch, "serve.out"), os.path.join(scratch, "serve.err")
    out, err = open(out_path, "w"), open(err_path, "w")
    started = time.perf_counter()
    proc = subprocess.Popen([exhibit, "serve", "--site", site, "--port", str(port), "--verbose"],
                            stdout=out, stderr=err, stdin=subprocess.DEVNULL)
    try:
        banner = f"at http://127.0.0.1:{port}/"
        while banner not in open(out_path).read():
            if proc.poll() is not None or time.perf_counter() - started > 900:
                print(f"N={n}: serve did not start:\n{open(out_path).read()}\n{open(err_path).read()[-3000:]}", file=sys.stderr)
                return None
            time.sleep(0.05)
        startup = time.perf_counter() - started
        live = Live(port)
        cases = sorted(f for f in os.listdir(os.path.join(site, "content", "cases")) if f.endswith(".md"))
        picks = [cases[(i * 7919) % len(cases)] for i in range(runs + 1)]
        latencies, fetches = [], []
        for i, name in enumerate(picks):
            path = os.path.join(site, "content", "cases", name)
            time.sleep(0.3)  # let the previous burst settle
            t0 = time.perf_counter()
            if EDIT == "tag":
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                if "\ntags: [" in text:
                    text = text.replace("\ntags: [", f"\ntags: [基准标签{i}, ", 1)
                elif "\ntags:\n" in text:  # a block list
                    text = text.replace("\ntags:\n", f"\ntags:\n  - 基准标签{i}\n", 1)
                else:  # a case without tags gets its first
                    text = text.replace("\ncategory: ", f"\ntags: [基准标签{i}]\ncategory: ", 1)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
            else:
                with open(path, "a", encoding="utf-8") as f:
                    f.write(f"\n\n第 {i} 次修改：服务团又走访了一个村庄。\n")
            message = live.next(timeout)
            t1 = time.perf_counter()
            if message is None or json.loads(message).get("type") != "reload":
                print(f"N={n}: expected a reload after editing {name}, got {message!r}", file=sys.stderr)
                return None
            slug = name[:-3]
            status, _ = http_get(port, f"/cases/{slug}/")
            t2 = time.perf_counter()
            if status != 200:
                print(f"N={n}: GET /cases/{slug}/ → {status}", file=sys.stderr)
            if i == 0:
                continue  # warm-up edit
            latencies.append((t1 - t0) * 1000)
            fetches.append((t2 - t1) * 1000)
        rebuilt = [int(m) for m in re.findall(r"rebuilt in (\d+) ms", open(out_path).read())][1:]
        return {"n": n, "startup": startup, "latencies": latencies, "fetches": fetches,
                "update": rebuilt, "stages": stage_medians(open(err_path).read())}
    finally:
        proc.send_signal(2)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        out.close()
        err.close()
        shutil.rmtree(scratch, ignore_errors=True)


def main():
    args = sys.argv[1:]
    if args and args[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    if any(not a.isdigit() or int(a) < 1 for a in args):
        print("usage: bench/serve-latency.py [N ...]   (see --help)", file=sys.stderr)
        return 2
    sizes = [int(a) for a in args] or [1000, 10000]
    runs = int(os.environ.get("RUNS", "10"))
    seed = int(os.environ.get("SEED", "1"))
    timeout = float(os.environ.get("TIMEOUT", "300"))
    exhibit = os.environ.get("EXHIBIT") or os.path.join(REPO, ".build-release", "release", "exhibit")
    exhibit = shutil.which(exhibit) or exhibit
    if not (os.path.isfile(exhibit) and os.access(exhibit, os.X_OK)):
        print(f"bench/serve-latency.py: no exhibit binary at {exhibit}\n"
              f"  build it:  swift build -c release --static-swift-stdlib --scratch-path .build-release", file=sys.stderr)
        return 1
    print(f"exhibit: {exhibit}\n{runs} edits ({EDIT}) per size (after one warm-up), save → reload message\n")
    status, results = 0, []
    for n in sizes:
        result = bench(exhibit, n, runs, seed, timeout)
        if result is None:
            status = 1
            continue
        results.append(result)
        lat = result["latencies"]
        target = TARGETS.get(n)
        verdict = "" if target is None else f"  target ≤ {target:.0f} ms: {'met' if statistics.median(lat) <= target else 'MISSED'} (median)"
        print(f"N={n:>6}: save → reload  median {statistics.median(lat):6.1f} ms  max {max(lat):6.1f} ms{verdict}")
        print(f"          update()       median {statistics.median(result['update']):6.1f} ms  (as serve prints it)")
        print(f"          then GET page  median {statistics.median(result['fetches']):6.1f} ms  (rendered on request)")
        print(f"          serve started in {result['startup']:.1f} s")
        if result["stages"]:
            print("          update() stages, median: "
                  + ", ".join(f"{k} {v:g} ms" for k, v in result["stages"].items()))
        print("          all save → reload: " + " ".join(f"{x:.0f}" for x in lat) + " ms")
    return status


if __name__ == "__main__":
    sys.exit(main())

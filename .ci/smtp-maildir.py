"""A local SMTP server for the tests: every message it accepts is written, whole, as one
file in a folder (written under a dot-name, then renamed, so a reader never sees half a
message) before the server answers 250. Needs aiosmtpd (.ci/smtp.sh installs it).

    python smtp-maildir.py <folder> [port] [--exit-with-stdin]

Two test domains behave like troubled mail servers: a recipient @refused.example is refused
(550), and one @slow.example is accepted only after SLOW_SECONDS.

Prints "READY <port>" once it listens on 127.0.0.1 (port 0, the default: a free one).
With --exit-with-stdin it stops when its standard input closes (its parent died).
"""
import asyncio
import os
import sys
import threading
import time

from aiosmtpd.smtp import SMTP


SLOW_SECONDS = 5


class Maildir:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.endswith("@refused.example"):
            return "550 5.1.1 Mailbox unavailable"
        if address.endswith("@slow.example"):
            await asyncio.sleep(SLOW_SECONDS)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        name = f"{time.time_ns()}-{self.count}.eml"
        temporary = os.path.join(self.folder, "." + name)
        with open(temporary, "wb") as handle:
            handle.write(envelope.original_content or envelope.content)
        os.rename(temporary, os.path.join(self.folder, name))
        return "250 OK"


async def main(folder, port):
    os.makedirs(folder, exist_ok=True)
    handler = Maildir(folder)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: SMTP(handler, enable_SMTPUTF8=True), "127.0.0.1", port)
    print(f"READY {server.sockets[0].getsockname()[1]}", flush=True)
    await server.serve_forever()


def exit_when_stdin_closes():
    sys.stdin.buffer.read()
    os._exit(0)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if "--exit-with-stdin" in sys.argv:
        threading.Thread(target=exit_when_stdin_closes, daemon=True).start()
    asyncio.run(main(args[0], int(args[1]) if len(args) > 1 else 0))

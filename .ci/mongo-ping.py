"""Exit 0 when the MongoDB-wire server on 127.0.0.1:<port> answers {ping: 1} with ok: 1 (OP_MSG, no driver)."""

import socket
import struct
import sys


def bson_ping() -> bytes:
    body = b"\x10ping\x00" + struct.pack("<i", 1) + b"\x02$db\x00" + struct.pack("<i", 6) + b"admin\x00"
    return struct.pack("<i", len(body) + 5) + body + b"\x00"


def main() -> int:
    payload = struct.pack("<I", 0) + b"\x00" + bson_ping()
    message = struct.pack("<iiii", 16 + len(payload), 1, 0, 2013) + payload
    with socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5) as conn:
        conn.sendall(message)
        reply = b""
        while len(reply) < 4 or len(reply) < struct.unpack("<i", reply[:4])[0]:
            chunk = conn.recv(65536)
            if not chunk:
                return 1
            reply += chunk
    # The reply's document holds `ok` as a double (0x01) equal to 1.0.
    return 0 if b"\x01ok\x00" + struct.pack("<d", 1.0) in reply else 1


if __name__ == "__main__":
    sys.exit(main())

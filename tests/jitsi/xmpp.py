"""The two XMPP peers tests/jitsi.rs puts around a real Prosody (slixmpp):

- ``focus``: a component standing in for Jicofo at focus.DOMAIN. It records
  every conference request that reaches it (one JSON line on standard output
  each), answers it as Jicofo does (``ready="true"``) and, as Jicofo does,
  joins the room as ``focus`` so that it exists in the MUC; it reports when
  Prosody destroys a room it is in.
- ``client``: what a Jitsi Meet client does before it joins: it logs in
  anonymously and asks the focus component for the conference. It reads one
  room name per line on standard input and answers each with one JSON line:
  ``{"room": …, "ok": true}`` or ``{"room": …, "ok": false, "code": …, "text": …}``
  with the reservation error Prosody's mod_reservations sent.
"""

import asyncio
import json
import sys
import time

import slixmpp
from slixmpp.xmlstream import ET

FOCUS_NS = "http://jitsi.org/protocol/focus"
STANZAS_NS = "urn:ietf:params:xml:ns:xmpp-stanzas"


def say(**event):
    event["at"] = time.time()
    print(json.dumps(event), flush=True)


class Focus(slixmpp.ComponentXMPP):
    def __init__(self, jid, secret, port, muc):
        super().__init__(jid, secret, "127.0.0.1", port)
        self.port = port
        self.muc = muc
        self.register_handler(
            slixmpp.xmlstream.handler.Callback(
                "conference",
                slixmpp.xmlstream.matcher.MatchXPath("{jabber:component:accept}iq/{%s}conference" % FOCUS_NS),
                self.conference,
            )
        )
        self.add_event_handler("session_start", lambda _: say(focus="up"))
        self.add_event_handler("presence_unavailable", self.gone)
        self.add_event_handler("presence_available", self.joined)

    def conference(self, iq):
        room = iq.xml.find("{%s}conference" % FOCUS_NS).get("room")
        say(focus="request", room=room, sender=str(iq["from"]))
        reply = iq.reply()
        answer = ET.Element("{%s}conference" % FOCUS_NS, {"ready": "true", "room": room, "focusjid": self.boundjid.bare})
        reply.append(answer)
        reply.send()
        presence = self.make_presence(pto="%s/focus" % room, pfrom="focus@%s/focus" % self.boundjid.bare)
        presence.append(ET.Element("{http://jabber.org/protocol/muc}x"))
        presence.send()

    def joined(self, presence):
        x = presence.xml.find("{http://jabber.org/protocol/muc#user}x")
        codes = [s.get("code") for s in x.findall("{http://jabber.org/protocol/muc#user}status")] if x is not None else []
        if "110" in codes:
            say(focus="joined", room=presence["from"].bare, created="201" in codes)

    def gone(self, presence):
        x = presence.xml.find("{http://jabber.org/protocol/muc#user}x")
        if x is not None and x.find("{http://jabber.org/protocol/muc#user}destroy") is not None:
            reason = x.findtext("{http://jabber.org/protocol/muc#user}destroy/{http://jabber.org/protocol/muc#user}reason")
            say(focus="destroyed", room=presence["from"].bare, reason=reason)


class Client(slixmpp.ClientXMPP):
    def __init__(self, domain, port, focus):
        super().__init__(domain, "", sasl_mech="ANONYMOUS")
        self.port = port
        self.focus = focus
        self.enable_starttls = False
        self.enable_direct_tls = False
        self.enable_plaintext = True
        self.add_event_handler("session_start", self.start)

    async def start(self, _):
        say(client="up", jid=str(self.boundjid))
        loop = asyncio.get_running_loop()
        reader = asyncio.StreamReader()
        await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
        while line := (await reader.readline()).decode().strip():
            await self.knock(line)
        self.disconnect()

    async def knock(self, room):
        iq = self.make_iq_set(ito=self.focus)
        iq.append(ET.Element("{%s}conference" % FOCUS_NS, {"room": room, "machine-uid": "planado-test"}))
        try:
            await iq.send(timeout=30)
            say(room=room, ok=True)
        except slixmpp.exceptions.IqError as e:
            error = e.iq.xml.find("{jabber:client}error")
            reservation = error.find("{%s}reservation-error" % FOCUS_NS) if error is not None else None
            say(
                room=room,
                ok=False,
                code=int(reservation.get("error-code")) if reservation is not None else None,
                text=error.findtext("{%s}text" % STANZAS_NS) if error is not None else None,
            )
        except slixmpp.exceptions.IqTimeout:
            say(room=room, ok=False, code=None, text="timeout")


def main():
    role, port = sys.argv[1], int(sys.argv[2])
    if role == "focus":
        peer = Focus(sys.argv[3], sys.argv[4], port, sys.argv[5])
        peer.connect()
    else:
        peer = Client(sys.argv[3], port, sys.argv[4])
        peer.connect("127.0.0.1", port)
    asyncio.get_event_loop().run_until_complete(peer.disconnected)


if __name__ == "__main__":
    main()

//! The FastCGI protocol (the 1996 specification, responder role), pure: the
//! records, the name–value pairs, and the state machine that assembles one
//! request from the records a web server sends, with the replies the
//! specification asks for on the way. It does no I/O of its own beyond a
//! `Read` and a `Write` it is handed, so that a fuzz target can drive it with
//! any byte stream (`fuzz/fuzz_targets/fastcgi.rs`).

use std::io::{self, Read, Write};

pub const VERSION_1: u8 = 1;
pub const BEGIN_REQUEST: u8 = 1;
pub const ABORT_REQUEST: u8 = 2;
pub const END_REQUEST: u8 = 3;
pub const PARAMS: u8 = 4;
pub const STDIN: u8 = 5;
pub const STDOUT: u8 = 6;
pub const GET_VALUES: u8 = 9;
pub const GET_VALUES_RESULT: u8 = 10;
pub const UNKNOWN_TYPE: u8 = 11;
pub const RESPONDER: u16 = 1;
pub const KEEP_CONN: u8 = 1;
pub const REQUEST_COMPLETE: u8 = 0;
pub const CANT_MPX_CONN: u8 = 1;
pub const UNKNOWN_ROLE: u8 = 3;

/// The most parameter bytes one request may send (Apache's and nginx's are a
/// few kilobytes); more ends the connection.
pub const MAX_PARAMS_BYTES: usize = 256 * 1024;
pub use crate::edge::DRAIN_LIMIT;

/// A violation of the protocol: the connection ends (there is no record to
/// say so to a web server that does not speak FastCGI as written).
pub fn invalid(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, format!("FastCGI: {what}"))
}

/// One record: its type, request id and content (the padding is dropped).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub kind: u8,
    pub id: u16,
    pub content: Vec<u8>,
}

/// Reads one record. `None` at a clean end of the connection, allowed only
/// where `may_end` (between requests). A record is at most 64 KiB of content
/// and 255 bytes of padding, so a hostile length costs no more than that.
pub fn read_record(reader: &mut impl Read, may_end: bool) -> io::Result<Option<Record>> {
    let mut header = [0u8; 8];
    let first = loop {
        match reader.read(&mut header[..1]) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            other => break other?,
        }
    };
    if first == 0 {
        return if may_end {
            Ok(None)
        } else {
            Err(io::ErrorKind::UnexpectedEof.into())
        };
    }
    reader.read_exact(&mut header[1..])?;
    if header[0] != VERSION_1 {
        return Err(invalid("not FastCGI version 1"));
    }
    let id = u16::from_be_bytes([header[2], header[3]]);
    let length = u16::from_be_bytes([header[4], header[5]]) as usize;
    let padding = header[6] as usize;
    let mut content = vec![0u8; length + padding];
    reader.read_exact(&mut content)?;
    content.truncate(length);
    Ok(Some(Record {
        kind: header[1],
        id,
        content,
    }))
}

/// Writes one record, padded to a multiple of eight bytes as the
/// specification recommends.
pub fn write_record(writer: &mut impl Write, kind: u8, id: u16, content: &[u8]) -> io::Result<()> {
    let length = u16::try_from(content.len()).map_err(|_| invalid("record too long"))?;
    let padding = (8 - content.len() % 8) % 8;
    let [id_hi, id_lo] = id.to_be_bytes();
    let [len_hi, len_lo] = length.to_be_bytes();
    writer.write_all(&[
        VERSION_1,
        kind,
        id_hi,
        id_lo,
        len_hi,
        len_lo,
        padding as u8,
        0,
    ])?;
    writer.write_all(content)?;
    writer.write_all(&[0u8; 8][..padding])
}

/// A finished answer: the CGI response in `STDOUT` records, the end of the
/// stream, and `END_REQUEST`.
pub fn write_answer(writer: &mut impl Write, id: u16, bytes: &[u8]) -> io::Result<()> {
    for chunk in bytes.chunks(u16::MAX as usize) {
        write_record(writer, STDOUT, id, chunk)?;
    }
    write_record(writer, STDOUT, id, &[])?;
    end_request(writer, id, REQUEST_COMPLETE)
}

pub fn end_request(writer: &mut impl Write, id: u16, protocol_status: u8) -> io::Result<()> {
    // The application status (0) and the protocol status, then three reserved bytes.
    let body = [0, 0, 0, 0, protocol_status, 0, 0, 0];
    write_record(writer, END_REQUEST, id, &body)
}

/// FastCGI name–value pairs: each length in one byte (below 128) or four
/// (high bit set), then the name and the value. A length that claims more
/// than is there is refused before anything is allocated for it.
pub fn name_value_pairs(mut bytes: &[u8]) -> io::Result<Vec<(Vec<u8>, Vec<u8>)>> {
    fn length(bytes: &mut &[u8]) -> io::Result<usize> {
        match **bytes {
            [b, ref rest @ ..] if b < 0x80 => {
                *bytes = rest;
                Ok(usize::from(b))
            }
            [b0, b1, b2, b3, ref rest @ ..] => {
                *bytes = rest;
                Ok(u32::from_be_bytes([b0 & 0x7f, b1, b2, b3]) as usize)
            }
            _ => Err(invalid("a cut-off name-value length")),
        }
    }
    let mut pairs = Vec::new();
    while !bytes.is_empty() {
        let name_len = length(&mut bytes)?;
        let value_len = length(&mut bytes)?;
        if bytes.len() < name_len.saturating_add(value_len) {
            return Err(invalid("a cut-off name-value pair"));
        }
        let (name, rest) = bytes.split_at(name_len);
        let (value, rest) = rest.split_at(value_len);
        pairs.push((name.to_vec(), value.to_vec()));
        bytes = rest;
    }
    Ok(pairs)
}

/// Appends one name–value pair.
pub fn push_pair(out: &mut Vec<u8>, name: &[u8], value: &[u8]) {
    for len in [name.len(), value.len()] {
        if len < 0x80 {
            out.push(len as u8);
        } else {
            out.extend_from_slice(&(len as u32 | 0x8000_0000).to_be_bytes());
        }
    }
    out.extend_from_slice(name);
    out.extend_from_slice(value);
}

/// What this process tells a web server that asks (`FCGI_GET_VALUES`).
#[derive(Debug, Clone, Copy)]
pub struct Capacity {
    /// Connections it serves at once.
    pub max_conns: usize,
}

/// One request as the web server sent it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    pub id: u16,
    pub keep_conn: bool,
    pub params: Vec<u8>,
    /// The body, cut after `max_body + 1` bytes (the edge answers 413 then).
    pub stdin: Vec<u8>,
}

/// Assembles requests from records, one at a time on a connection
/// (`FCGI_MPXS_CONNS = 0`, as libfcgi and `php-cgi`).
#[derive(Debug)]
pub struct Assembler {
    capacity: Capacity,
    max_body: usize,
    current: Option<Incoming>,
    params_done: bool,
    stdin_bytes: usize,
}

impl Assembler {
    pub fn new(capacity: Capacity, max_body: usize) -> Assembler {
        Assembler {
            capacity,
            max_body,
            current: None,
            params_done: false,
            stdin_bytes: 0,
        }
    }

    /// Whether a request has begun (then the connection may not end before it
    /// is complete).
    pub fn in_request(&self) -> bool {
        self.current.is_some()
    }

    /// Takes one record. Replies the specification asks for (management
    /// answers, refusals) go to `replies`; a complete request is returned;
    /// a violation that ends the connection is an error.
    pub fn feed(&mut self, record: Record, replies: &mut Vec<u8>) -> io::Result<Option<Incoming>> {
        let Record { kind, id, content } = record;
        if id == 0 {
            self.management(kind, &content, replies)?;
            return Ok(None);
        }
        match (kind, self.current.as_mut()) {
            // Another request while one is active: not on this connection.
            (BEGIN_REQUEST, Some(active)) if active.id != id => {
                end_request(replies, id, CANT_MPX_CONN)?;
            }
            // The same request begun again before it was complete: the web
            // server starts it over, and the part it sent first is dropped.
            // (lighttpd does this when it retries a request it had begun
            // writing while the process's backlog was full.)
            (BEGIN_REQUEST, _) => {
                let role = content.get(..2).map(|r| u16::from_be_bytes([r[0], r[1]]));
                let flags = content.get(2).copied().unwrap_or(0);
                if role == Some(RESPONDER) {
                    self.current = Some(Incoming {
                        id,
                        keep_conn: flags & KEEP_CONN != 0,
                        params: Vec::new(),
                        stdin: Vec::new(),
                    });
                    (self.params_done, self.stdin_bytes) = (false, 0);
                } else {
                    end_request(replies, id, UNKNOWN_ROLE)?;
                }
            }
            (ABORT_REQUEST, Some(active)) if active.id == id => {
                end_request(replies, id, REQUEST_COMPLETE)?;
                self.current = None;
            }
            (PARAMS, Some(active)) if active.id == id => {
                if self.params_done {
                    return Err(invalid("parameters after their end"));
                }
                if content.is_empty() {
                    self.params_done = true;
                } else if active.params.len() + content.len() > MAX_PARAMS_BYTES {
                    return Err(invalid("parameters over the limit"));
                } else {
                    active.params.extend_from_slice(&content);
                }
            }
            (STDIN, Some(active)) if active.id == id => {
                if !self.params_done {
                    return Err(invalid("the body before the end of the parameters"));
                }
                if content.is_empty() {
                    return Ok(self.current.take());
                }
                self.stdin_bytes += content.len();
                if self.stdin_bytes > self.max_body + DRAIN_LIMIT {
                    return Err(invalid("a body far over the limit"));
                }
                // Beyond the limit the body is dropped: the answer is a 413.
                let room = (self.max_body + 1).saturating_sub(active.stdin.len());
                active
                    .stdin
                    .extend_from_slice(&content[..content.len().min(room)]);
            }
            // Records of a request that is not active (ended, aborted, never
            // begun), and application record types this role does not use:
            // the specification says to ignore them.
            _ => {}
        }
        Ok(None)
    }

    /// Records on request id 0: `FCGI_GET_VALUES` is answered, any other type
    /// is unknown.
    fn management(&self, kind: u8, content: &[u8], replies: &mut Vec<u8>) -> io::Result<()> {
        if kind != GET_VALUES {
            let mut body = [0u8; 8];
            body[0] = kind;
            return write_record(replies, UNKNOWN_TYPE, 0, &body);
        }
        let conns = self.capacity.max_conns.to_string();
        let mut reply = Vec::new();
        for (name, _) in name_value_pairs(content)? {
            let value: &[u8] = match name.as_slice() {
                // One request per connection: as many requests as connections.
                b"FCGI_MAX_CONNS" | b"FCGI_MAX_REQS" => conns.as_bytes(),
                b"FCGI_MPXS_CONNS" => b"0",
                _ => continue,
            };
            push_pair(&mut reply, &name, value);
        }
        write_record(replies, GET_VALUES_RESULT, 0, &reply)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: u8, id: u16, content: &[u8]) -> Record {
        Record {
            kind,
            id,
            content: content.to_vec(),
        }
    }

    #[test]
    fn name_value_pairs_round_trip_and_refuse_cut_offs() {
        let long = vec![b'x'; 300];
        let mut bytes = Vec::new();
        for (name, value) in [(&b"A"[..], &b"1"[..]), (b"LONG", &long), (b"EMPTY", b"")] {
            push_pair(&mut bytes, name, value);
        }
        let pairs = name_value_pairs(&bytes).unwrap();
        assert_eq!(pairs.len(), 3);
        assert_eq!(pairs[1], (b"LONG".to_vec(), long));
        for cut in 1..bytes.len() {
            if let Ok(pairs) = name_value_pairs(&bytes[..cut]) {
                assert!(pairs.len() < 3, "a cut at {cut} read as whole");
            }
        }
        assert!(name_value_pairs(&[0x80, 0, 0]).is_err());
        assert!(name_value_pairs(&[0xff, 0xff, 0xff, 0xff, 1, b'a']).is_err());
    }

    #[test]
    fn records_are_padded_and_read_back() {
        let mut out = Vec::new();
        write_record(&mut out, STDOUT, 7, b"hello").unwrap();
        assert_eq!(out.len(), 16, "8 header bytes, 5 content, 3 padding");
        let read = read_record(&mut out.as_slice(), true).unwrap().unwrap();
        assert_eq!(read, record(STDOUT, 7, b"hello"));
        assert!(read_record(&mut [].as_slice(), true).unwrap().is_none());
        assert!(read_record(&mut [].as_slice(), false).is_err());
        assert!(read_record(&mut [2u8, 1, 0, 1, 0, 0, 0, 0].as_slice(), true).is_err());
    }

    fn assembler() -> Assembler {
        Assembler::new(Capacity { max_conns: 12 }, 16)
    }

    fn begin(id: u16, keep: bool) -> Record {
        record(BEGIN_REQUEST, id, &[0, 1, u8::from(keep), 0, 0, 0, 0, 0])
    }

    #[test]
    fn a_request_in_order_is_assembled() {
        let mut a = assembler();
        let mut replies = Vec::new();
        let mut params = Vec::new();
        push_pair(&mut params, b"REQUEST_METHOD", b"GET");
        for r in [
            begin(1, true),
            record(PARAMS, 1, &params),
            record(PARAMS, 1, b""),
        ] {
            assert_eq!(a.feed(r, &mut replies).unwrap(), None);
        }
        assert!(a.in_request());
        let done = a
            .feed(record(STDIN, 1, b""), &mut replies)
            .unwrap()
            .unwrap();
        assert_eq!((done.id, done.keep_conn, done.params), (1, true, params));
        assert!(replies.is_empty());
        assert!(!a.in_request());
    }

    #[test]
    fn what_the_specification_asks_for() {
        let mut a = assembler();
        let mut replies = Vec::new();
        // A second request on a connection that has one: CANT_MPX_CONN.
        a.feed(begin(1, false), &mut replies).unwrap();
        a.feed(begin(2, false), &mut replies).unwrap();
        let reply = read_record(&mut replies.as_slice(), false)
            .unwrap()
            .unwrap();
        assert_eq!(
            (reply.kind, reply.id, reply.content[4]),
            (END_REQUEST, 2, CANT_MPX_CONN)
        );
        // Records of another id are ignored; the body before the parameters'
        // end is a violation.
        replies.clear();
        assert_eq!(a.feed(record(PARAMS, 9, b"x"), &mut replies).unwrap(), None);
        assert!(a.feed(record(STDIN, 1, b"x"), &mut replies).is_err());
        // An abort ends the request.
        let mut a = assembler();
        a.feed(begin(3, true), &mut replies).unwrap();
        a.feed(record(ABORT_REQUEST, 3, b""), &mut replies).unwrap();
        assert!(!a.in_request());
        // Unknown management records, and GET_VALUES with the real capacity.
        replies.clear();
        a.feed(record(42, 0, b""), &mut replies).unwrap();
        let mut ask = Vec::new();
        push_pair(&mut ask, b"FCGI_MAX_CONNS", b"");
        push_pair(&mut ask, b"FCGI_MPXS_CONNS", b"");
        a.feed(record(GET_VALUES, 0, &ask), &mut replies).unwrap();
        let mut input = replies.as_slice();
        let unknown = read_record(&mut input, false).unwrap().unwrap();
        assert_eq!((unknown.kind, unknown.content[0]), (UNKNOWN_TYPE, 42));
        let values = read_record(&mut input, false).unwrap().unwrap();
        assert_eq!(values.kind, GET_VALUES_RESULT);
        assert_eq!(
            name_value_pairs(&values.content).unwrap(),
            [
                (b"FCGI_MAX_CONNS".to_vec(), b"12".to_vec()),
                (b"FCGI_MPXS_CONNS".to_vec(), b"0".to_vec())
            ]
        );
    }

    /// What lighttpd sent under a crowd of 10,000: a request's beginning and
    /// parameters, then the same request again from its beginning, whole.
    #[test]
    fn a_request_begun_again_is_started_over() {
        let mut a = assembler();
        let mut replies = Vec::new();
        let (mut first, mut again) = (Vec::new(), Vec::new());
        push_pair(&mut first, b"REQUEST_URI", b"/first");
        push_pair(&mut again, b"REQUEST_URI", b"/again");
        for r in [
            begin(1, false),
            record(PARAMS, 1, &first),
            record(PARAMS, 1, b""),
            begin(1, false),
            record(PARAMS, 1, &again),
            record(PARAMS, 1, b""),
        ] {
            assert_eq!(a.feed(r, &mut replies).unwrap(), None);
        }
        let done = a
            .feed(record(STDIN, 1, b""), &mut replies)
            .unwrap()
            .unwrap();
        assert_eq!(done.params, again, "only the request begun last");
        assert!(replies.is_empty());
    }

    #[test]
    fn bodies_and_parameters_are_capped() {
        let mut a = assembler();
        let mut replies = Vec::new();
        a.feed(begin(1, false), &mut replies).unwrap();
        a.feed(record(PARAMS, 1, b""), &mut replies).unwrap();
        a.feed(record(STDIN, 1, &[b'a'; 100]), &mut replies)
            .unwrap();
        let done = a
            .feed(record(STDIN, 1, b""), &mut replies)
            .unwrap()
            .unwrap();
        assert_eq!(done.stdin.len(), 17, "the limit and one byte: a 413");
        let mut a = assembler();
        a.feed(begin(1, false), &mut replies).unwrap();
        let chunk = vec![0u8; 60_000];
        let over = (0..10).find_map(|_| a.feed(record(PARAMS, 1, &chunk), &mut replies).err());
        assert!(
            over.is_some(),
            "parameters over the limit end the connection"
        );
    }
}

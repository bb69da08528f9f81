//! Connections: to the one server of a `database_url`, or to a ready node of
//! the Galera cluster it names (several hosts), and what `planado check` says
//! about each node.

use std::time::Duration;

use mysql::prelude::Queryable;
use mysql::{Conn, Opts, OptsBuilder};

use super::{MariaDb, store_error};
use crate::store::StoreError;
use crate::store::StoreResult;

/// How long a cluster node may take to accept a connection before the next
/// one is tried (a node that is down usually refuses at once).
const NODE_CONNECT_TIMEOUT: Duration = Duration::from_secs(1);

/// The largest packet Planado sends or reads: a batch of cleanup moves is the
/// biggest, far below this.
const MAX_PACKET_BYTES: usize = 4 * 1024 * 1024;

/// The nodes a `database_url` names: one URL per host of
/// `mysql://user:pass@host1:3306,host2:3306,host3:3306/db`, each with the
/// same user, database and options; a URL with one host is its own list.
pub fn node_urls(url: &str) -> Vec<String> {
    let Some(rest) = url.strip_prefix("mysql://") else {
        return vec![url.to_string()];
    };
    let authority_end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    let (user, hosts) = match authority.rsplit_once('@') {
        Some((user, hosts)) => (format!("{user}@"), hosts),
        None => (String::new(), authority),
    };
    hosts
        .split(',')
        .map(|host| format!("mysql://{user}{}{tail}", host.trim()))
        .collect()
}

/// A node's URL without its password, for messages.
pub(super) fn shown_node(url: &str) -> String {
    let rest = url.trim_start_matches("mysql://");
    let host = rest.rsplit_once('@').map_or(rest, |(_, h)| h);
    host.split(['/', '?']).next().unwrap_or(host).to_string()
}

/// What a node says of its Galera state: `None` for a server without Galera.
pub(super) fn wsrep_ready(conn: &mut Conn) -> mysql::Result<Option<bool>> {
    let row: Option<(String, String)> = conn.query_first("SHOW STATUS LIKE 'wsrep_ready'")?;
    Ok(row.map(|(_, value)| value.eq_ignore_ascii_case("ON")))
}

/// One line per node of a cluster URL, as `planado check` prints them: the
/// node, and whether it answers, is ready and how large its cluster is.
pub fn node_report(url: &str) -> Vec<String> {
    node_urls(url)
        .iter()
        .map(|node| {
            let state = MariaDb::open(node, NODE_CONNECT_TIMEOUT).and_then(|mut conn| {
                let rows: Vec<(String, String)> = conn
                    .query(
                        "SHOW STATUS WHERE Variable_name IN \
                         ('wsrep_ready', 'wsrep_local_state_comment', 'wsrep_cluster_size')",
                    )
                    .map_err(store_error)?;
                let value = |name: &str| {
                    rows.iter()
                        .find(|(k, _)| k.eq_ignore_ascii_case(name))
                        .map_or("?", |(_, v)| v.as_str())
                        .to_string()
                };
                Ok(if rows.is_empty() {
                    "up, not a Galera node".to_string()
                } else {
                    format!(
                        "up, wsrep_ready {}, {}, cluster of {}",
                        value("wsrep_ready"),
                        value("wsrep_local_state_comment"),
                        value("wsrep_cluster_size")
                    )
                })
            });
            match state {
                Ok(state) => format!("{}: {state}", shown_node(node)),
                Err(e) => format!("{}: unreachable ({e})", shown_node(node)),
            }
        })
        .collect()
}

impl MariaDb {
    /// Connects to the one server of `url`, or, when it names several nodes
    /// of a Galera cluster, to the first in a random order that answers and
    /// is ready (a node that is up but not synced is skipped).
    pub fn connect(url: &str) -> StoreResult<MariaDb> {
        let mut nodes = node_urls(url);
        if nodes.len() == 1 {
            let conn = Self::open(url, Duration::from_secs(3))?;
            return Ok(MariaDb {
                conn,
                node: url.to_string(),
                lost: false,
                cluster: false,
            });
        }
        use rand::seq::SliceRandom;
        nodes.shuffle(&mut rand::rng());
        let mut refusals = Vec::new();
        for node in &nodes {
            match Self::open_ready(node) {
                Ok(conn) => {
                    return Ok(MariaDb {
                        conn,
                        node: node.clone(),
                        lost: false,
                        cluster: true,
                    });
                }
                Err(e) => refusals.push(format!("{}: {e}", shown_node(node))),
            }
        }
        Err(StoreError::Unavailable(format!(
            "no node of the cluster is ready: {}",
            refusals.join("; ")
        )))
    }

    /// The transport as the server sees this connection (its process list
    /// names a Unix socket's client `localhost`, a TCP client by its address
    /// and port), the address the URL gave, and the server's own name.
    pub(super) fn describe_connection(&mut self) -> StoreResult<String> {
        let row: Option<(String, String, String)> = self
            .conn
            .query_first(
                "SELECT HOST, VERSION(), @@hostname FROM information_schema.PROCESSLIST \
                 WHERE ID = CONNECTION_ID()",
            )
            .map_err(store_error)?;
        let Some((client, version, server)) = row else {
            return Err(StoreError::Unavailable(
                "the server does not list this connection".into(),
            ));
        };
        let socket = Opts::from_url(&self.node)
            .ok()
            .and_then(|opts| opts.get_socket().map(str::to_string));
        let how = match socket {
            Some(path) if client == "localhost" => format!("over the Unix socket {path}"),
            _ => format!("over TCP to {}", shown_node(&self.node)),
        };
        let node = if self.cluster { ", a Galera node" } else { "" };
        Ok(format!("{how} (server {server}{node}, {version})"))
    }

    pub(super) fn open(url: &str, connect_timeout: Duration) -> StoreResult<Conn> {
        let opts = Opts::from_url(url)
            .map_err(|e| StoreError::Unavailable(format!("database_url: {e}")))?;
        let opts = OptsBuilder::from_opts(opts)
            .tcp_connect_timeout(Some(connect_timeout))
            .read_timeout(Some(Duration::from_secs(15)))
            .write_timeout(Some(Duration::from_secs(15)))
            .prefer_socket(false)
            // Planado's packets are small; naming the limit saves the
            // `SELECT @@max_allowed_packet` round trip on every connection.
            .max_allowed_packet(Some(MAX_PACKET_BYTES));
        Conn::new(opts).map_err(store_error)
    }

    /// A connection to a cluster node that reports `wsrep_ready = ON`, whose
    /// reads then wait until the node has applied every write the cluster
    /// has committed (`wsrep_sync_wait`): an invite right after its booking
    /// is found whichever node each landed on.
    fn open_ready(url: &str) -> StoreResult<Conn> {
        let mut conn = Self::open(url, NODE_CONNECT_TIMEOUT)?;
        match wsrep_ready(&mut conn).map_err(store_error)? {
            Some(true) => {
                conn.query_drop("SET SESSION wsrep_sync_wait = 1")
                    .map_err(store_error)?;
                Ok(conn)
            }
            Some(false) => Err(StoreError::Unavailable(
                "up, but not ready (wsrep_ready = OFF)".into(),
            )),
            // Not a Galera node: a list of plain servers is taken as it is.
            None => Ok(conn),
        }
    }
}

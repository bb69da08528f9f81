//! The shipped lighttpd configurations under real lighttpd: mod_cgi
//! (`lighttpd-example.conf`) and mod_fastcgi (`lighttpd-fastcgi-example.conf`).

mod common;
mod web;

#[allow(unused_imports)]
use std::path::{Path, PathBuf};
#[allow(unused_imports)]
use std::process::{Command, Stdio};
#[allow(unused_imports)]
use std::time::{Duration, Instant};

#[allow(unused_imports)]
use common::{Guard, http};
#[allow(unused_imports)]
use web::*;

#[test]
fn lighttpd_with_mod_fastcgi_serves_the_shipped_configuration() {
    let site = Site::on_mariadb(JITSI);
    let _server = lighttpd_fastcgi(&site);
    the_whole_flow_as_fastcgi(&site);
    site.assert_access_log_keeps_no_key();
}

#[test]
fn lighttpd_serves_the_shipped_configuration() {
    let site = Site::new(JITSI);
    let (_table, source) = legacy_table();
    import(&site, &source);
    let _server = lighttpd(&site);
    the_whole_flow(&site);
    site.assert_access_log_keeps_no_key();
    site.open_database_files();
    legacy_urls(&site, &source);
}

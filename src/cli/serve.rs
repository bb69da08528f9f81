//! `planado serve [--listen ADDR]`: Planado in one process (src/edge/serve.rs),
//! after creating or migrating the schema.

use super::{USAGE, app};
use crate::store;

pub fn run(args: &[String]) -> Result<(), String> {
    let mut app = app()?;
    match args {
        [] => {}
        [flag, addr] if flag == "--listen" => app.config.listen = addr.clone(),
        _ => return Err(format!("serve takes only --listen ADDR\n\n{USAGE}")),
    }
    // Create or migrate the schema before the first visitor comes.
    let mut store = store::open_for_command(&app.config).map_err(|e| e.to_string())?;
    store
        .migrate(crate::clock::now())
        .map_err(|e| e.to_string())?;
    drop(store);
    if !std::path::Path::new(&app.config.htdocs).is_dir() {
        eprintln!(
            "planado: warning: htdocs folder {:?} not found; pages will lack style and scripts",
            app.config.htdocs
        );
    }
    crate::edge::serve::serve(app)
}

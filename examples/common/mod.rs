//! What the examples share: reading their input and writing their output without panicking.
//! Each example uses part of it.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::process::ExitCode;

/// Where an example's text comes from.
pub enum Source {
    /// The embedded draft of 19 July 2010.
    Draft,
    /// Standard input.
    Stdin,
}

/// The example's arguments: the first that is not a flag names the input file; `--json`
/// asks for JSON.
pub struct Args {
    /// The input file, if one is named.
    pub file: Option<std::ffi::OsString>,
    /// Whether `--json` was given.
    pub json: bool,
}

/// Reads the command line.
pub fn args() -> Args {
    let mut args = Args {
        file: None,
        json: false,
    };
    for arg in std::env::args_os().skip(1) {
        if arg == "--json" {
            args.json = true;
        } else if args.file.is_none() {
            args.file = Some(arg);
        }
    }
    args
}

/// The text of the file named on the command line, or of `default`; on failure a message
/// for stderr (a missing file, bytes that are not UTF-8 with their offset).
pub fn input(default: Source) -> Result<String, String> {
    let (name, bytes) = match args().file {
        Some(path) => {
            let name = path.to_string_lossy().into_owned();
            match std::fs::read(&path) {
                Ok(bytes) => (name, bytes),
                Err(error) => return Err(format!("cannot read {name}: {error}")),
            }
        }
        None => match default {
            Source::Draft => return Ok(unga::DRAFT_2010_07_19.to_owned()),
            Source::Stdin => {
                let mut bytes = Vec::new();
                if let Err(error) = std::io::stdin().read_to_end(&mut bytes) {
                    return Err(format!("cannot read standard input: {error}"));
                }
                ("standard input".to_owned(), bytes)
            }
        },
    };
    String::from_utf8(bytes).map_err(|error| {
        let bytes = error.as_bytes();
        match unga::parse_bytes(bytes) {
            Err(error) => format!("{name}: {error}"),
            Ok(_) => format!("{name}: the text is not UTF-8"),
        }
    })
}

/// Writes `text` to stdout; a closed pipe or another failure is reported, never a panic.
pub fn output(text: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => fail(&format!("cannot write to standard output: {error}")),
    }
}

/// Reports `message` on stderr and returns the failure status.
pub fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::FAILURE
}

//! The `vanban` command line. Each subcommand lives in its own file in `cmd/`.

mod cmd;

use std::process::ExitCode;

fn main() -> ExitCode {
    // Typst runs under catch_unwind and a panic there is reported as a
    // diagnostic; keep only a one-line note for the bug report.
    std::panic::set_hook(Box::new(|info| {
        let at = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        eprintln!("note: internal error{at}");
    }));
    // The language is known before the command line is parsed: its help
    // and its errors are written in it.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let flag = vanban::i18n::lang_flag(&args);
    vanban::i18n::set_lang(vanban::i18n::requested(flag.as_deref(), |var| std::env::var(var).ok()));
    let cli = cmd::parse(args);
    // An interrupted write leaves no temporary file beside its target.
    vanban::output::clean_up_on_signals();
    cmd::run(cli)
}

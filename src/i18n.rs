//! The words vanban says to its users: Vietnamese by default, English with
//! `--lang en` or an English locale (`LANG=en_US.UTF-8`).
//!
//! Every message lives once per language in a Fluent catalogue,
//! `locales/<lang>/*.ftl`, embedded in the binary; code asks for a message by
//! its id with [`t!`](crate::t) and never assembles user-facing wording itself.
//! A message's hint is its `.hint` attribute (`t!("unknown-field.hint")`).
//! Rule and error identifiers (`placeholder`, `bases-order`) are not words:
//! they stay as they are in both languages.
//!
//! The language is chosen once, at start-up ([`set_lang`]); a thread may
//! borrow another for a while ([`with_lang`]), which is how tests check both
//! catalogues side by side.

use std::cell::Cell;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

pub use fluent_bundle::FluentValue;

/// A language vanban speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Vi,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    /// The code used by `--lang` and the catalogue folder.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// `vi`, `en`, or a POSIX locale such as `en_US.UTF-8`, `vi_VN`.
    pub fn parse(name: &str) -> Option<Lang> {
        let lower = name.trim().to_ascii_lowercase();
        let language = lower.split(['_', '-', '.', '@']).next().unwrap_or("");
        match language {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The catalogue files of this language, in the order they are loaded.
    pub fn catalogue(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Lang::Vi => VI,
            Lang::En => EN,
        }
    }
}

/// Declares the catalogue files, once, for both languages: a file missing in
/// one language does not compile.
macro_rules! catalogues {
    ($($file:literal),* $(,)?) => {
        const VI: &[(&str, &str)] = &[$(($file, include_str!(concat!("../locales/vi/", $file)))),*];
        const EN: &[(&str, &str)] = &[$(($file, include_str!(concat!("../locales/en/", $file)))),*];
        /// The file names of every catalogue, as `locales/<lang>/` holds them.
        pub const FILES: &[&str] = &[$($file),*];
    };
}

catalogues![
    "common.ftl",
    "load.ftl",
    "model.ftl",
    "lint.ftl",
    "cli.ftl",
    "output.ftl",
    "import.ftl",
    "register.ftl",
    "extract.ftl",
    "text.ftl",
    "pipeline.ftl",
];

/// 0: not set (Vietnamese), else 1 + the index in [`Lang::ALL`].
static CHOSEN: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static BORROWED: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Chooses the language of this run.
pub fn set_lang(lang: Lang) {
    let index = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
    CHOSEN.store(index as u8 + 1, Ordering::Relaxed);
}

/// The language messages are written in on this thread.
pub fn lang() -> Lang {
    if let Some(lang) = BORROWED.with(Cell::get) {
        return lang;
    }
    match CHOSEN.load(Ordering::Relaxed) {
        0 => Lang::Vi,
        n => Lang::ALL.get(usize::from(n) - 1).copied().unwrap_or(Lang::Vi),
    }
}

/// Runs `f` with this thread's messages in `lang`.
pub fn with_lang<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            BORROWED.with(|b| b.set(self.0));
        }
    }
    let _restore = Restore(BORROWED.with(|b| b.replace(Some(lang))));
    f()
}

/// The language asked for: `--lang` first; then `LANGUAGE`, gettext's
/// priority list (`LANGUAGE=en:vi`: the first language vanban speaks wins,
/// others are skipped); then the locale, the first set of `LC_ALL`,
/// `LC_MESSAGES`, `LANG` as gettext reads them. Vietnamese unless one of
/// them says English: a `C` or `POSIX` locale, common on servers, is no
/// request for English.
///
/// gettext ignores `LANGUAGE` when the locale is `C`/`POSIX`, and so does
/// vanban when the locale is *set* to one (`LANG=C LANGUAGE=en` is
/// Vietnamese); with no locale at all, `LANGUAGE=en` alone is English,
/// which is what a user who sets only it means.
pub fn requested(flag: Option<&str>, env: impl Fn(&str) -> Option<String>) -> Lang {
    if let Some(lang) = flag.and_then(Lang::parse) {
        return lang;
    }
    let locale =
        ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(|var| env(var).filter(|v| !v.is_empty()));
    let c_locale = locale.as_deref().is_some_and(|l| {
        let name = l.split(['.', '@']).next().unwrap_or("");
        name == "C" || name == "POSIX"
    });
    if !c_locale
        && let Some(list) = env("LANGUAGE")
        && let Some(lang) = list.split(':').find_map(Lang::parse)
    {
        return lang;
    }
    locale.as_deref().and_then(Lang::parse).unwrap_or(Lang::Vi)
}

/// `--lang X` or `--lang=X` among the program's arguments, read before the
/// command line is parsed (its help is written in the language asked for).
pub fn lang_flag(args: &[std::ffi::OsString]) -> Option<String> {
    let mut args = args.iter().map(|a| a.to_string_lossy());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            return args.next().map(|v| v.into_owned());
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return Some(value.to_string());
        }
    }
    None
}

type Bundle = FluentBundle<FluentResource>;

fn build(lang: Lang) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("a valid language code");
    let mut bundle = Bundle::new_concurrent(vec![id]);
    // Terminals and test assertions want the text as written, without the
    // Unicode isolation marks Fluent puts around every argument.
    bundle.set_use_isolating(false);
    for (name, text) in lang.catalogue() {
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(_, errors)| {
            panic!("locales/{}/{name} does not parse: {errors:?}", lang.code())
        });
        if let Err(errors) = bundle.add_resource(resource) {
            panic!("locales/{}/{name} repeats a message: {errors:?}", lang.code());
        }
    }
    bundle
}

static BUNDLES: LazyLock<[Bundle; 2]> = LazyLock::new(|| [build(Lang::Vi), build(Lang::En)]);

fn bundle(lang: Lang) -> &'static Bundle {
    &BUNDLES[Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)]
}

/// Whether the catalogue of `lang` has the message `id` (`name` or
/// `name.attribute`).
pub fn has(lang: Lang, id: &str) -> bool {
    let (name, attribute) = split(id);
    bundle(lang).get_message(name).is_some_and(|m| match attribute {
        Some(a) => m.get_attribute(a).is_some(),
        None => m.value().is_some(),
    })
}

fn split(id: &str) -> (&str, Option<&str>) {
    match id.split_once('.') {
        Some((name, attribute)) => (name, Some(attribute)),
        None => (id, None),
    }
}

/// The message `id` in the current language, its `{ $name }` placeables
/// filled from `args`. A message missing from the current catalogue falls
/// back to the other one, then to its id (the catalogue tests keep both
/// complete).
pub fn text(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let current = lang();
    let others = Lang::ALL.into_iter().filter(|&l| l != current);
    for lang in std::iter::once(current).chain(others) {
        if let Some(text) = format(lang, id, &fluent_args) {
            return text;
        }
    }
    id.to_string()
}

fn format(lang: Lang, id: &str, args: &FluentArgs<'_>) -> Option<String> {
    let bundle = bundle(lang);
    let (name, attribute) = split(id);
    let message = bundle.get_message(name)?;
    let pattern = match attribute {
        Some(a) => message.get_attribute(a)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(args), &mut errors);
    debug_assert!(errors.is_empty(), "message {id} in {}: {errors:?}", lang.code());
    Some(text.into_owned())
}

/// The operating system's reason for a failed file operation, said in the
/// current language: the common kinds (a missing file, no permission, a
/// full disk, …) come from the catalogue (`os-*`); any other keeps the
/// system's own text, which names what went wrong better than a guess.
/// An error that carries vanban's own message keeps it.
pub fn io_reason(error: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    // An error vanban made itself carries its own words, already in the
    // language of the run.
    if error.get_ref().is_some() {
        return error.to_string();
    }
    let id = match error.kind() {
        K::NotFound => "os-not-found",
        K::PermissionDenied => "os-permission-denied",
        K::AlreadyExists => "os-already-exists",
        K::IsADirectory => "os-is-a-directory",
        K::NotADirectory => "os-not-a-directory",
        K::DirectoryNotEmpty => "os-directory-not-empty",
        K::InvalidData => "os-invalid-data",
        K::StorageFull => "os-storage-full",
        K::QuotaExceeded => "os-quota-exceeded",
        K::FileTooLarge => "os-file-too-large",
        K::ReadOnlyFilesystem => "os-read-only-filesystem",
        K::CrossesDevices => "os-crosses-devices",
        K::InvalidFilename => "os-invalid-filename",
        K::ResourceBusy | K::ExecutableFileBusy => "os-busy",
        K::UnexpectedEof => "os-unexpected-eof",
        K::Interrupted => "os-interrupted",
        K::TimedOut => "os-timed-out",
        K::TooManyLinks => "os-too-many-links",
        K::StaleNetworkFileHandle => "os-stale-network-file",
        _ => return error.to_string(),
    };
    text(id, &[])
}

/// The message `id` in the current language:
/// `t!("unknown-field", field = name, expected = list)`; an argument is
/// anything a [`FluentValue`] is made from (text, numbers).
#[macro_export]
macro_rules! t {
    ($id:literal $(,)?) => {
        $crate::i18n::text($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text($id, &[$((stringify!($name), $crate::i18n::FluentValue::from($value))),+])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_names_choose_the_language() {
        assert_eq!(Lang::parse("en_US.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::parse("vi_VN"), Some(Lang::Vi));
        assert_eq!(Lang::parse("C.UTF-8"), None);
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
        };
        assert_eq!(requested(None, env(&[])), Lang::Vi);
        assert_eq!(requested(None, env(&[("LANG", "en_GB.UTF-8")])), Lang::En);
        // LC_ALL wins over LANG, as in gettext; C is not English.
        assert_eq!(requested(None, env(&[("LC_ALL", "C"), ("LANG", "en_US")])), Lang::Vi);
        assert_eq!(requested(Some("en"), env(&[("LANG", "vi_VN")])), Lang::En);
        assert_eq!(requested(Some("vi"), env(&[("LANG", "en_US")])), Lang::Vi);
        // LANGUAGE, gettext's priority list, comes before the locale …
        assert_eq!(requested(None, env(&[("LANGUAGE", "en")])), Lang::En);
        assert_eq!(requested(None, env(&[("LANGUAGE", "en:vi"), ("LANG", "vi_VN.UTF-8")])), Lang::En);
        assert_eq!(requested(None, env(&[("LANGUAGE", "vi:en"), ("LANG", "en_US.UTF-8")])), Lang::Vi);
        // … skipping languages vanban does not speak,
        assert_eq!(requested(None, env(&[("LANGUAGE", "fr_FR:de:en_GB")])), Lang::En);
        assert_eq!(requested(None, env(&[("LANGUAGE", "fr:de"), ("LANG", "en_US.UTF-8")])), Lang::En);
        assert_eq!(requested(None, env(&[("LANGUAGE", ""), ("LANG", "en_US.UTF-8")])), Lang::En);
        // … ignored when the locale is set to C or POSIX, as gettext does,
        assert_eq!(requested(None, env(&[("LANGUAGE", "en"), ("LANG", "C")])), Lang::Vi);
        assert_eq!(requested(None, env(&[("LANGUAGE", "en"), ("LC_ALL", "C.UTF-8")])), Lang::Vi);
        assert_eq!(requested(None, env(&[("LANGUAGE", "en"), ("LC_ALL", "POSIX")])), Lang::Vi);
        // … and second to --lang.
        assert_eq!(requested(Some("vi"), env(&[("LANGUAGE", "en")])), Lang::Vi);
    }

    #[test]
    fn the_flag_is_found_before_parsing() {
        let args = |a: &[&str]| a.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(lang_flag(&args(&["vanban", "check", "--lang", "en", "x.yaml"])), Some("en".into()));
        assert_eq!(lang_flag(&args(&["vanban", "--lang=vi", "check"])), Some("vi".into()));
        assert_eq!(lang_flag(&args(&["vanban", "check", "--", "--lang"])), None);
    }

    #[test]
    fn a_borrowed_language_is_given_back() {
        let outer = lang();
        with_lang(Lang::En, || {
            assert_eq!(lang(), Lang::En);
            with_lang(Lang::Vi, || assert_eq!(lang(), Lang::Vi));
            assert_eq!(lang(), Lang::En);
        });
        assert_eq!(lang(), outer);
    }

    #[test]
    fn the_systems_reason_is_said_in_the_language_of_the_run() {
        let missing = std::fs::read("/nonexistent/vanban/x.yaml").unwrap_err();
        assert_eq!(with_lang(Lang::Vi, || io_reason(&missing)), "không có tệp hoặc thư mục này");
        assert_eq!(with_lang(Lang::En, || io_reason(&missing)), "no such file or folder");
        let denied = std::io::Error::from_raw_os_error(libc::EACCES);
        assert_eq!(with_lang(Lang::Vi, || io_reason(&denied)), "không có quyền truy cập");
        assert_eq!(with_lang(Lang::En, || io_reason(&denied)), "permission denied");
        let full = std::io::Error::from(std::io::ErrorKind::StorageFull);
        assert_eq!(with_lang(Lang::Vi, || io_reason(&full)), "ổ đĩa đã đầy");
        // vanban's own words are kept; a kind not mapped keeps the system's text.
        let own = std::io::Error::new(std::io::ErrorKind::NotFound, "thư mục x không có");
        assert_eq!(with_lang(Lang::En, || io_reason(&own)), "thư mục x không có");
        let other = std::io::Error::from_raw_os_error(libc::EPROTO);
        assert_eq!(with_lang(Lang::Vi, || io_reason(&other)), other.to_string());
    }

    #[test]
    fn messages_take_their_arguments_in_both_languages() {
        let vi = with_lang(Lang::Vi, || t!("diag-field", path = "projects[2].lead"));
        let en = with_lang(Lang::En, || t!("diag-field", path = "projects[2].lead"));
        assert_eq!(vi, "trường: projects[2].lead");
        assert_eq!(en, "field: projects[2].lead");
    }
}

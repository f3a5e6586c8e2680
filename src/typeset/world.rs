//! The environment a document is compiled in: the one seam between vanban
//! and typst.
//!
//! A [`DocWorld`] serves exactly three kinds of files: the generated main
//! source, the embedded layout library (with its NĐ30 numbers), and files inside the document's own
//! folder (for images). Everything else is refused: no package imports, no
//! network, no path outside that folder (checked after resolving symlinks).

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::Datelike;
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use super::fonts::Fonts;
use crate::template::{LAYOUT_DATA, LAYOUT_DATA_NAME, LAYOUT_LIBRARY, LAYOUT_LIBRARY_NAME};

/// The standard library, built once per process.
fn library() -> &'static LazyHash<Library> {
    static LIBRARY: OnceLock<LazyHash<Library>> = OnceLock::new();
    LIBRARY.get_or_init(|| LazyHash::new(Library::builder().build()))
}

fn project_id(path: &str) -> FileId {
    RootedPath::new(VirtualRoot::Project, VirtualPath::new(path).expect("valid virtual path")).intern()
}

/// The main file's id. File ids are interned for the life of the process
/// (at most 2^16 of them), so every document reuses this one.
pub fn main_id() -> FileId {
    static ID: OnceLock<FileId> = OnceLock::new();
    *ID.get_or_init(|| project_id("/main.typ"))
}

fn library_id() -> FileId {
    static ID: OnceLock<FileId> = OnceLock::new();
    *ID.get_or_init(|| project_id(&format!("/{LAYOUT_LIBRARY_NAME}")))
}

fn data_id() -> FileId {
    static ID: OnceLock<FileId> = OnceLock::new();
    *ID.get_or_init(|| project_id(&format!("/{LAYOUT_DATA_NAME}")))
}

/// The layout library as a parsed source, shared by every world.
fn library_source() -> &'static Source {
    static SOURCE: OnceLock<Source> = OnceLock::new();
    SOURCE.get_or_init(|| Source::new(library_id(), LAYOUT_LIBRARY.to_string()))
}

/// One document's compilation environment.
pub struct DocWorld<'a> {
    /// The fonts, shared between documents.
    fonts: &'a Fonts,
    /// The generated Typst source of the document.
    main: Source,
    /// The document's folder: the only place files may be read from. `None`
    /// forbids all file access.
    root: Option<PathBuf>,
    /// "Today" for Typst's `datetime.today()`: fixed, for reproducible output.
    today: Option<Datetime>,
    /// Files served from memory before the folder: the YAML as it was
    /// loaded, for the attached source (the file on disk may have changed).
    in_memory: Vec<(FileId, Bytes)>,
}

impl<'a> DocWorld<'a> {
    pub fn new(
        fonts: &'a Fonts,
        source: String,
        root: Option<&Path>,
        today: Option<chrono::NaiveDate>,
    ) -> Self {
        Self {
            fonts,
            main: Source::new(main_id(), source),
            root: root.and_then(|r| r.canonicalize().ok()),
            today: today.and_then(|d| Datetime::from_ymd(d.year(), d.month() as u8, d.day() as u8)),
            in_memory: Vec::new(),
        }
    }

    /// Serves `bytes` as the file `name` at the document's root.
    pub fn add_file(&mut self, name: &str, bytes: Vec<u8>) {
        if let Ok(path) = VirtualPath::new(format!("/{name}")) {
            let id = RootedPath::new(VirtualRoot::Project, path).intern();
            self.in_memory.retain(|(f, _)| *f != id);
            self.in_memory.push((id, Bytes::new(bytes)));
        }
    }

    /// Replaces the main source, re-parsing only what changed (for watch).
    pub fn set_source(&mut self, text: &str) {
        self.main.replace(text);
    }

    /// Changes "today" (the document's date may change between edits).
    pub fn set_today(&mut self, today: Option<chrono::NaiveDate>) {
        self.today = today.and_then(|d| Datetime::from_ymd(d.year(), d.month() as u8, d.day() as u8));
    }

    pub fn source_text(&self) -> &str {
        self.main.text()
    }

    /// Reads a file inside the document's folder.
    fn read_local(&self, id: FileId) -> FileResult<Bytes> {
        let Some(root) = &self.root else {
            return Err(FileError::Other(Some("this document may not read files".into())));
        };
        let path = id.vpath().realize(root).map_err(FileError::Realize)?;
        // A name stored in NFD (as macOS writes it) is found by its NFC form.
        let path = match path.strip_prefix(root) {
            Ok(relative) if !path.exists() => crate::load::paths::locate(root, relative),
            _ => path,
        };
        let real = path.canonicalize().map_err(|e| FileError::from_io(e, &path))?;
        if !real.starts_with(root) {
            return Err(FileError::AccessDenied);
        }
        std::fs::read(&real).map(Bytes::new).map_err(|e| FileError::from_io(e, &path))
    }
}

impl World for DocWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        library()
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.fonts.store.book()
    }

    fn main(&self) -> FileId {
        main_id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == main_id() {
            Ok(self.main.clone())
        } else if id == library_id() {
            Ok(library_source().clone())
        } else if id.root() != &VirtualRoot::Project {
            Err(packages_refused())
        } else {
            Err(FileError::Other(Some("documents may not import other Typst files".into())))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == main_id() {
            Ok(Bytes::from_string(self.main.clone()))
        } else if id == library_id() {
            Ok(Bytes::from_string(library_source().clone()))
        } else if id == data_id() {
            Ok(Bytes::new(LAYOUT_DATA.as_bytes()))
        } else if id.root() != &VirtualRoot::Project {
            Err(packages_refused())
        } else if let Some((_, bytes)) = self.in_memory.iter().find(|(f, _)| *f == id) {
            Ok(bytes.clone())
        } else {
            self.read_local(id).and_then(|bytes| checked_png(id, bytes))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.store.font(index)
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        self.today
    }
}

/// A PNG as vanban's image check saw it (`load::png_chunks`): chunks
/// bounded, metadata dropped, so typst decodes what was checked even if
/// the file changed since. Other files pass unchanged.
fn checked_png(id: FileId, bytes: Bytes) -> FileResult<Bytes> {
    if !bytes.starts_with(crate::load::png_chunks::SIGNATURE) {
        return Ok(bytes);
    }
    match crate::load::png_chunks::sanitize(&bytes) {
        Ok(std::borrow::Cow::Borrowed(_)) => Ok(bytes),
        Ok(std::borrow::Cow::Owned(clean)) => Ok(Bytes::new(clean)),
        Err(problem) => Err(FileError::Other(Some(
            crate::t!("typeset-image", path = id.vpath().get_without_slash(), problem = problem.message())
                .into(),
        ))),
    }
}

fn packages_refused() -> FileError {
    FileError::Other(Some("package imports are disabled in vanban".into()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::typeset::Typesetter;

    /// Compiles `source` with `root` as the document folder; the error
    /// messages if it fails.
    fn compile(root: Option<&Path>, source: &str) -> Result<(), String> {
        let typesetter = Typesetter::embedded();
        let world = typesetter.world(source.to_string(), root, None);
        typesetter.compile(&world).map(|_| ()).map_err(|e| e.to_string())
    }

    #[test]
    fn files_inside_the_document_folder_can_be_read() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("note.txt"), "xin chào").unwrap();
        assert_eq!(compile(Some(dir.path()), "#read(\"note.txt\")"), Ok(()));
        assert_eq!(compile(Some(dir.path()), "#read(\"/note.txt\")"), Ok(()));
    }

    #[test]
    fn nothing_outside_the_folder_is_reachable() {
        let outer = tempfile::tempdir().unwrap();
        std::fs::write(outer.path().join("secret.txt"), "bí mật").unwrap();
        let dir = outer.path().join("doc");
        std::fs::create_dir(&dir).unwrap();
        let err = compile(Some(&dir), "#read(\"../secret.txt\")").unwrap_err();
        assert!(err.contains("lỗi[typst]"), "{err}");
        let err = compile(Some(&dir), "#read(\"/etc/passwd\")").unwrap_err();
        assert!(err.contains("not found") || err.contains("denied"), "{err}");
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(outer.path().join("secret.txt"), dir.join("link.txt")).unwrap();
            let err = compile(Some(&dir), "#read(\"link.txt\")").unwrap_err();
            assert!(err.contains("denied"), "{err}");
        }
    }

    #[test]
    fn without_a_folder_no_file_is_readable() {
        let err = compile(None, "#read(\"Cargo.toml\")").unwrap_err();
        assert!(err.contains("this document may not read files"), "{err}");
    }

    #[test]
    fn packages_and_other_sources_are_refused() {
        let err = compile(None, "#import \"@preview/example:0.1.0\": *").unwrap_err();
        assert!(err.contains("package imports are disabled"), "{err}");
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("other.typ"), "#let x = 1").unwrap();
        let err = compile(Some(dir.path()), "#import \"other.typ\": x").unwrap_err();
        assert!(err.contains("documents may not import other Typst files"), "{err}");
    }

    /// A 1×1 PNG with a chunk `kind` after its header.
    fn png_with(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let mut plain = Vec::new();
        let mut encoder = png::Encoder::new(&mut plain, 1, 1);
        encoder.set_color(png::ColorType::Rgba);
        encoder.write_header().unwrap().write_image_data(&[0, 0, 255, 255]).unwrap();
        let mut chunk = (data.len() as u32).to_be_bytes().to_vec();
        chunk.extend_from_slice(kind);
        chunk.extend_from_slice(data);
        chunk.extend_from_slice(&[0; 4]);
        let after_header = 8 + 25;
        [&plain[..after_header], &chunk, &plain[after_header..]].concat()
    }

    /// An `iCCP` chunk's data whose profile inflates to `size` zero bytes.
    fn profile_of_zeros(size: usize) -> Vec<u8> {
        use std::io::Write;
        let mut data = b"ICC\0\0".to_vec();
        let mut zlib = flate2::write::ZlibEncoder::new(&mut data, flate2::Compression::fast());
        for _ in 0..size / 65536 {
            zlib.write_all(&[0; 65536]).unwrap();
        }
        zlib.finish().unwrap();
        data
    }

    #[test]
    fn typst_gets_pngs_only_after_their_chunks_are_checked() {
        let dir = tempfile::tempdir().unwrap();
        // Checked in the world, not only when the YAML was loaded: the file
        // may have been replaced since.
        std::fs::write(dir.path().join("bomb.png"), png_with(b"iCCP", &profile_of_zeros(64 << 20))).unwrap();
        let err = compile(Some(dir.path()), "#image(\"bomb.png\")").unwrap_err();
        assert!(
            err.contains(
                "Ảnh bomb.png mang một hồ sơ màu (khối iCCP) khi giải nén vượt quá 4 MB, giới hạn cho một hồ sơ màu"
            ),
            "{err}"
        );
        // Text chunks are dropped on the way: typst decodes the cleaned copy.
        let tagged = png_with(b"tEXt", b"k\0v");
        std::fs::write(dir.path().join("tagged.png"), &tagged).unwrap();
        let typesetter = Typesetter::embedded();
        let world = typesetter.world(String::new(), Some(dir.path()), None);
        let id = project_id("/tagged.png");
        let served = world.file(id).unwrap();
        assert_eq!(served.len(), tagged.len() - 15, "the tEXt chunk is left out");
        assert_eq!(compile(Some(dir.path()), "#image(\"tagged.png\")"), Ok(()));
    }

    #[test]
    fn the_layout_library_is_served_from_the_binary() {
        let dir = tempfile::tempdir().unwrap();
        // A file of the same name in the folder is ignored.
        std::fs::write(dir.path().join(LAYOUT_LIBRARY_NAME), "#let other = 1").unwrap();
        let source = format!("#import \"{LAYOUT_LIBRARY_NAME}\": van-ban, chu-ky");
        assert_eq!(compile(Some(dir.path()), &source), Ok(()));
    }
}

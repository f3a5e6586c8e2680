//! Re-rendering one document on every save, kept warm: the typst world
//! lives across edits, so a one-word change re-parses and re-lays out only
//! what it touched. A version with errors never replaces the last good PDF.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::typeset::DocWorld;
use crate::{Pipeline, load, output};

/// The result of one render of a watched document.
#[derive(Debug)]
pub enum Outcome {
    /// The PDF was written.
    Rendered { pages: usize, warnings: Vec<Diagnostic>, took: Duration },
    /// The document has errors; the previous PDF is untouched.
    Failed(Diagnostics),
    /// The YAML holds the same bytes as at the last render: nothing to do.
    /// (Editors and the render itself touch the file without changing it.)
    Unchanged,
}

/// One watched document and its warm typst world.
pub struct Session<'a> {
    pipeline: &'a Pipeline,
    input: PathBuf,
    output: PathBuf,
    world: Option<DocWorld<'a>>,
    /// The files the last render read besides the YAML (images, an
    /// attached Kế hoạch).
    dependencies: Vec<PathBuf>,
    /// What the YAML and those files held at the last render, good or bad.
    last_input: Option<Snapshot>,
}

/// The bytes of the YAML and of each file it draws from (`None`: missing).
type Snapshot = Vec<(PathBuf, Option<Vec<u8>>)>;

fn snapshot(input: &Path, yaml: &[u8], dependencies: &[PathBuf]) -> Snapshot {
    std::iter::once((input.to_path_buf(), Some(yaml.to_vec())))
        .chain(dependencies.iter().map(|p| (p.clone(), std::fs::read(p).ok())))
        .collect()
}

impl<'a> Session<'a> {
    pub fn new(pipeline: &'a Pipeline, input: &Path, output: &Path) -> Self {
        Self {
            pipeline,
            input: input.to_path_buf(),
            output: output.to_path_buf(),
            world: None,
            dependencies: Vec::new(),
            last_input: None,
        }
    }

    pub fn input(&self) -> &Path {
        &self.input
    }

    pub fn output(&self) -> &Path {
        &self.output
    }

    /// The files a change to which should render again: the YAML and what
    /// its last version drew from.
    pub fn watched_files(&self) -> Vec<PathBuf> {
        std::iter::once(self.input.clone()).chain(self.dependencies.iter().cloned()).collect()
    }

    /// Reads the YAML again and renders it into the PDF, unless it is
    /// byte for byte what was rendered last time.
    pub fn render(&mut self) -> Outcome {
        let start = Instant::now();
        // A FIFO or a device is refused before it is read (it would block).
        let bytes = match load::read_input(&self.input) {
            Ok(bytes) => bytes,
            Err(d) => {
                self.last_input = None;
                return Outcome::Failed(d.into());
            }
        };
        let before = snapshot(&self.input, &bytes, &self.dependencies);
        if self.last_input.as_ref() == Some(&before) {
            return Outcome::Unchanged;
        }
        let outcome = self.try_render(bytes.clone());
        // The new version may draw from other files: remember those. After
        // a failure, nothing is remembered: what failed may be a file not
        // known yet (a missing image), so any save tries again.
        self.last_input = outcome.is_ok().then(|| snapshot(&self.input, &bytes, &self.dependencies));
        match outcome {
            Ok((pages, warnings)) => Outcome::Rendered { pages, warnings, took: start.elapsed() },
            Err(errors) => Outcome::Failed(errors),
        }
    }

    fn try_render(&mut self, yaml: Vec<u8>) -> Result<(usize, Vec<Diagnostic>), Diagnostics> {
        let loaded = load::load_bytes(&self.input, yaml)?;
        self.dependencies = crate::files_read(&loaded);
        let (source, warnings) = self.pipeline.prepare(&loaded)?;
        let world = match &mut self.world {
            Some(world) => {
                self.pipeline.update_world(world, &loaded, &source);
                world
            }
            None => self.world.insert(self.pipeline.world(&loaded, source)),
        };
        let rendered = self.pipeline.layout(&loaded, world, warnings)?;
        let pdf = self.pipeline.pdf(&loaded, &rendered)?;
        output::write_atomic(&self.output, &pdf).map_err(|e| {
            Diagnostics::from(Diagnostic::error(
                "io",
                crate::t!(
                    "cli-cannot-write",
                    path = self.output.display().to_string(),
                    reason = crate::i18n::io_reason(&e)
                ),
            ))
        })?;
        // Keep what the last few versions used; drop the rest.
        typst::comemo::evict(30);
        Ok((rendered.document.pages().len(), rendered.warnings))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edit_with_errors_keeps_the_last_good_pdf_and_a_fix_renders_again() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("plan.yaml");
        let output = dir.path().join("plan.pdf");
        let sample =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/ngoc-lien-2026.yaml"))
                .unwrap();
        std::fs::write(&input, &sample).unwrap();
        let pipeline = Pipeline::embedded();
        let mut session = Session::new(&pipeline, &input, &output);

        assert!(matches!(session.render(), Outcome::Rendered { pages, .. } if pages > 5));
        let first = std::fs::read(&output).unwrap();
        // Touching the file without changing it renders nothing.
        assert!(matches!(session.render(), Outcome::Unchanged));

        std::fs::write(&input, sample.replace("year: 2026", "year: hai")).unwrap();
        let Outcome::Failed(errors) = session.render() else { panic!("the bad edit rendered") };
        assert_eq!(errors.iter().next().unwrap().path.as_deref(), Some("year"));
        assert_eq!(std::fs::read(&output).unwrap(), first, "the last good PDF is kept");
        // After a failure the same bytes are tried again: what failed may
        // have been another file (a missing image, since added).
        assert!(matches!(session.render(), Outcome::Failed(_)));

        // A one-word edit, in the same warm world.
        std::fs::write(&input, sample.replace("Phạm Xuân Khánh", "Phạm Xuân Khang")).unwrap();
        assert!(matches!(session.render(), Outcome::Rendered { .. }));
        let second = std::fs::read(&output).unwrap();
        assert_ne!(second, first);
        // Warm output equals a cold render of the same YAML.
        let loaded = load::load_file(&input).unwrap();
        let cold = pipeline.pdf(&loaded, &pipeline.render(&loaded).unwrap()).unwrap();
        assert_eq!(second, cold);
    }
}

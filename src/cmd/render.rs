//! `vanban render`: YAML → PDF (or Typst source, PNG/SVG pages).

use std::path::{Path, PathBuf};

use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use vanban::batch::{Job, Outcome, render_all};
use vanban::diagnostic::{Diagnostic, Diagnostics};
use vanban::model::CopyKind;
use vanban::output::{self, Format};
use vanban::template::{LAYOUT_DATA, LAYOUT_DATA_NAME, LAYOUT_LIBRARY, LAYOUT_LIBRARY_NAME};
use vanban::{Appendices, IssueOptions, PdfA, Pipeline, load, t};

use super::{FontArgs, Status, report, status_of};

#[derive(Debug, Args)]
pub struct RenderArgs {
    /// The YAML documents to render: files, folders (their .yaml files) or
    /// glob patterns ("data/*.yaml"). Several are rendered in parallel.
    #[arg(required = true, value_name = "FILE")]
    inputs: Vec<PathBuf>,
    /// How many documents to render at once (default: one per core).
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    /// Write the PDFs of several documents into this folder.
    #[arg(long, value_name = "DIR", conflicts_with = "output")]
    out_dir: Option<PathBuf>,
    /// The format of the files --out-dir writes (as typst's --format):
    /// pdf (the default) or docx. With -o, the extension says it.
    #[arg(short, long, value_name = "FORMAT", value_parser = ["pdf", "docx"], requires = "out_dir")]
    format: Option<String>,
    /// The output file; its extension picks the format: .pdf, .typ (the
    /// generated Typst source), .png or .svg (one file per page: put `{p}`
    /// in the name), .docx (Word). Default: the input with .pdf.
    #[arg(short, long, value_name = "OUT")]
    output: Option<PathBuf>,
    /// Resolution of PNG pages, in pixels per inch (1 to 2400).
    #[arg(long, default_value_t = 144.0, value_parser = parse_ppi)]
    ppi: f32,
    /// Allow overwriting a file that vanban did not write (the layout
    /// library beside a .typ output).
    #[arg(long)]
    force: bool,
    /// Leave số and the day and month blank, whatever the YAML says, for
    /// the văn thư or the signing tool to fill in.
    #[arg(long)]
    draft: bool,
    /// A review copy: `DỰ THẢO` across every page, số and ngày blank, no
    /// signature or seal images. Never for the final document.
    #[arg(long)]
    watermark: bool,
    /// Also write NAME.fields.json beside NAME.pdf: the page and rectangle of the số,
    /// the date, the signature and the seal, for signing tools.
    #[arg(long)]
    sign_fields: bool,
    /// Archival PDF: a-2b (PDF/A-2b) or a-3b (PDF/A-3b, with the YAML
    /// attached).
    #[arg(long, value_name = "LEVEL", value_parser = ["a-2b", "a-3b"])]
    pdf_standard: Option<String>,
    /// Add unsigned signature form fields where the signature and the seal
    /// go, for PDF readers and signing tools to offer "sign here".
    #[arg(long)]
    form_fields: bool,
    /// Attach the YAML to the PDF (`vanban extract` gets it back).
    #[arg(long)]
    attach_source: bool,
    /// Print a certified copy, with the copy block after the text; the
    /// document's `copy:` says who certifies it.
    #[arg(long, value_name = "FORM", value_parser = ["sao-y", "sao-luc", "trich-sao"])]
    copy: Option<String>,
    /// With --copy: an electronic copy, stamped at the top right of page 1
    /// (ô 14) instead of the paper copy block.
    #[arg(long, requires = "copy")]
    electronic: bool,
    /// Issue each phụ lục as a PDF of its own (NAME-phu-luc-I.pdf …) beside
    /// the main PDF, which then holds none: the separate electronic files
    /// of NĐ30 §4, their `(Kèm theo … số … ngày …)` left for the signing tool.
    #[arg(long)]
    appendices_apart: bool,
    /// Print only form (mẫu) N, as a blank form to hand out: the form's
    /// page as in the full document, without its header, signer or page
    /// number (default output NAME-mau-01.pdf …).
    #[arg(long, value_name = "N", conflicts_with = "appendices_apart")]
    form: Option<usize>,
    #[command(flatten)]
    allow: super::AllowArgs,
    #[command(flatten)]
    fonts: FontArgs,
}

pub fn run(args: RenderArgs) -> Status {
    let mut pipeline = Pipeline::new(&args.fonts.options());
    for note in &pipeline.typesetter.fonts.notes {
        super::say_note(note);
    }
    pipeline.source_date_epoch = super::source_date_epoch();
    pipeline.allow = args.allow.allowed.clone();
    pipeline.issue = IssueOptions {
        draft: args.draft,
        watermark: args.watermark,
        attach_source: args.attach_source,
        pdf_a: match args.pdf_standard.as_deref() {
            Some("a-2b") => Some(PdfA::A2b),
            Some("a-3b") => Some(PdfA::A3b),
            _ => None,
        },
        copy: args.copy.as_deref().and_then(CopyKind::from_key),
        electronic: args.electronic,
        form_fields: args.form_fields,
        appendices: if args.appendices_apart { Appendices::None } else { Appendices::All },
        form: args.form,
    };
    if let Some(conflict) = pipeline.issue.conflict() {
        super::say_error(&conflict);
        return Status::Usage;
    }

    let inputs = match expand_inputs(&args.inputs) {
        Ok(i) => i,
        Err(message) => {
            super::say_error(&message);
            return Status::Usage;
        }
    };
    if inputs.len() == 1 && args.out_dir.is_none() {
        let output = args.output.clone().unwrap_or_else(|| match args.form {
            Some(n) => form_output(&inputs[0], n),
            None => inputs[0].with_extension("pdf"),
        });
        if Format::from_path(&output).is_some_and(|f| f != Format::Typst && f != Format::Docx) {
            pipeline.typesetter.warm_up();
        }
        return render_one(&mut pipeline, &inputs[0], &output, &args);
    }
    if args.output.is_some() {
        super::say_error(&t!("render-output-one-file"));
        return Status::Usage;
    }
    if args.appendices_apart {
        super::say_error(&t!("render-appendices-apart-one"));
        return Status::Usage;
    }
    if args.form.is_some() {
        super::say_error(&t!("render-form-one"));
        return Status::Usage;
    }
    batch(&pipeline, &inputs, &args)
}

/// Files, folders and glob patterns → the YAML files they name, in order.
fn expand_inputs(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(input)
                .map_err(|e| {
                    t!(
                        "render-cannot-read-folder",
                        folder = input.display().to_string(),
                        reason = vanban::i18n::io_reason(&e)
                    )
                })?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
                .collect();
            files.sort();
            if files.is_empty() {
                return Err(t!("render-folder-no-yaml", folder = input.display().to_string()));
            }
            out.extend(files);
        } else if !input.exists() && input.to_string_lossy().contains(['*', '?', '[']) {
            let pattern = input.to_string_lossy();
            let matches: Vec<PathBuf> = glob::glob(&pattern)
                .map_err(|e| t!("render-bad-pattern", pattern = pattern.to_string(), reason = e.to_string()))?
                .filter_map(Result::ok)
                .collect();
            if matches.is_empty() {
                return Err(t!("render-no-match", pattern = pattern.to_string()));
            }
            out.extend(matches);
        } else {
            out.push(input.clone());
        }
    }
    Ok(out)
}

/// Several documents in parallel, with a progress bar and a summary; a
/// failing document does not stop the others.
fn batch(pipeline: &Pipeline, inputs: &[PathBuf], args: &RenderArgs) -> Status {
    let (out_dir, sign_fields) = (args.out_dir.as_deref(), args.sign_fields);
    let workers = args.jobs.map(usize::from);
    if let Some(dir) = out_dir
        && !dir.is_dir()
    {
        super::say_error(&t!("render-no-out-dir", folder = dir.display().to_string()));
        return Status::Usage;
    }
    let jobs: Vec<Job> = inputs
        .iter()
        .map(|input| {
            let name = input.with_extension(args.format.as_deref().unwrap_or("pdf"));
            let output = match out_dir {
                Some(dir) => dir.join(name.file_name().unwrap_or_default()),
                None => name,
            };
            Job { input: input.clone(), output, sign_fields }
        })
        .collect();
    if sign_fields
        && !args.force
        && let Some(foreign) = jobs.iter().find_map(|j| vanban::batch::foreign_fields_file(&j.output))
    {
        super::say_error(&t!("cli-foreign-file", path = foreign.display().to_string()));
        return Status::Usage;
    }
    let mut seen = std::collections::HashSet::new();
    if let Some(clash) = jobs.iter().find(|j| !seen.insert(j.output.clone())) {
        super::say_error(&t!("render-output-clash", path = clash.output.display().to_string()));
        return Status::Usage;
    }
    // `render a.yaml a.pdf`: the PDF of one would replace another input.
    for job in &jobs {
        if let Some(input) = inputs.iter().find(|i| output::same_file(i, &job.output)) {
            super::say_error(&t!(
                "render-batch-overwrites-input",
                document = job.input.display().to_string(),
                input = input.display().to_string()
            ));
            super::say_hint(&t!("render-batch-overwrites-input.hint"));
            return Status::Usage;
        }
    }

    if args.format.as_deref() == Some("docx") {
        return batch_docx(pipeline, &jobs);
    }

    let started = std::time::Instant::now();
    let bar = ProgressBar::new(jobs.len() as u64).with_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} {wide_msg}").expect("valid progress template"),
    );
    let outcomes = render_all(pipeline, &jobs, workers, &|o| {
        bar.suspend(|| match &o.result {
            Ok(warnings) => report(warnings),
            Err(errors) => report(errors.iter()),
        });
        bar.set_message(o.job.input.display().to_string());
        bar.inc(1);
    });
    bar.finish_and_clear();

    let failed: Vec<&Outcome> = outcomes.iter().filter(|o| o.result.is_err()).collect();
    eprintln!(
        "{}",
        t!(
            "render-batch-summary",
            done = outcomes.len() - failed.len(),
            total = outcomes.len(),
            seconds = format!("{:.1}", started.elapsed().as_secs_f64()),
            failed = failed.len()
        )
    );
    for o in &failed {
        eprintln!("  {}", o.job.input.display());
    }
    if failed.is_empty() { Status::Ok } else { Status::DocumentErrors }
}

/// DOCX files of several documents, one after the other (a DOCX takes
/// milliseconds); a failing document does not stop the others.
fn batch_docx(pipeline: &Pipeline, jobs: &[Job]) -> Status {
    let mut failed = Vec::new();
    for job in jobs {
        let status = match load::load_file(&job.input) {
            Ok(loaded) => render_docx(pipeline, &loaded, &job.input, &job.output),
            Err(errors) => fail(&errors),
        };
        if status != Status::Ok {
            failed.push(job.input.display().to_string());
        }
    }
    eprintln!(
        "{}",
        t!(
            "render-docx-summary",
            done = jobs.len() - failed.len(),
            total = jobs.len(),
            failed = failed.len()
        )
    );
    for f in &failed {
        eprintln!("  {f}");
    }
    if failed.is_empty() { Status::Ok } else { Status::DocumentErrors }
}

fn render_one(pipeline: &mut Pipeline, input: &Path, output: &Path, args: &RenderArgs) -> Status {
    let Some(format) = Format::from_path(output) else {
        super::say_error(&t!("render-unknown-format", path = output.display().to_string()));
        return Status::Usage;
    };
    if output::same_file(input, output) {
        super::say_error(&t!("cli-output-is-input", path = output.display().to_string()));
        return Status::Usage;
    }
    // A .typ comes with the layout library beside it: an output of that
    // name would replace the library with a document that imports itself.
    if format == Format::Typst && output.file_name() == Some(std::ffi::OsStr::new(LAYOUT_LIBRARY_NAME)) {
        super::say_error(&t!("render-output-is-library", path = output.display().to_string()));
        super::say_hint(&t!("render-output-is-library.hint"));
        return Status::Usage;
    }
    if args.sign_fields
        && !args.force
        && let Some(foreign) = vanban::batch::foreign_fields_file(output)
    {
        super::say_error(&t!("cli-foreign-file", path = foreign.display().to_string()));
        return Status::Usage;
    }
    if args.appendices_apart && format != Format::Pdf {
        super::say_error(&t!("render-appendices-apart-pdf"));
        return Status::Usage;
    }
    let loaded = match load::load_file(input) {
        Ok(l) => l,
        Err(errors) => return fail(&errors),
    };
    if args.appendices_apart && loaded.document.appendices().is_empty() {
        super::say_error(&t!("render-no-appendices", path = input.display().to_string()));
        return Status::Usage;
    }

    if format == Format::Docx && args.form.is_some() {
        super::say_error(&t!("render-form-docx"));
        super::say_hint(&t!("render-form-docx.hint"));
        return Status::Usage;
    }
    if format == Format::Docx {
        return render_docx(pipeline, &loaded, input, output);
    }

    if format == Format::Typst {
        // The same checks as a PDF: a .typ is compiled into one.
        let source = match pipeline.prepare(&loaded) {
            Ok((source, warnings)) => {
                report(&warnings);
                source
            }
            Err(errors) => return fail(&errors),
        };
        let library = output.with_file_name(LAYOUT_LIBRARY_NAME);
        let mut staged = Staged::new(&loaded, input);
        let data = output.with_file_name(LAYOUT_DATA_NAME);
        for (path, contents) in [(&library, LAYOUT_LIBRARY), (&data, LAYOUT_DATA)] {
            if let Err(status) = write_companion(&mut staged, path, contents, args.force) {
                return status;
            }
        }
        if let Err(status) = staged.add(output, source.as_bytes()) {
            return status;
        }
        return staged.commit();
    }

    let rendered = match pipeline.render(&loaded) {
        Ok(r) => r,
        Err(errors) => return fail(&errors),
    };
    report(&rendered.warnings);
    if args.sign_fields && format != Format::Pdf {
        super::say_error(&t!("render-sign-fields-pdf"));
        return Status::Usage;
    }
    // Every file is checked against every input and written to a
    // temporary file first; only when all are written are they renamed
    // into place, so a failure leaves the previous set whole.
    let mut staged = Staged::new(&loaded, input);
    match format {
        Format::Pdf => match pipeline.pdf(&loaded, &rendered) {
            Ok(bytes) => {
                if args.appendices_apart
                    && let Err(status) = write_appendices(pipeline, &loaded, output, &mut staged)
                {
                    return status;
                }
                if args.sign_fields {
                    let json = vanban::typeset::fields::sidecar(&rendered.document, &file_name(output));
                    let text = serde_json::to_string_pretty(&json).expect("fields serialize") + "\n";
                    if let Err(status) = staged.add(&vanban::batch::fields_path(output), text.as_bytes()) {
                        return status;
                    }
                }
                if let Err(status) = staged.add(output, &bytes) {
                    return status;
                }
                staged.commit()
            }
            Err(errors) => fail(&errors),
        },
        Format::Png | Format::Svg => {
            let total = rendered.document.pages().len();
            // Check every name first so that nothing is written for a bad template.
            let mut paths = Vec::new();
            for page in 1..=total {
                match output::page_path(output, page, total) {
                    Some(p) => paths.push(p),
                    None => {
                        super::say_error(&t!("render-page-pattern", pages = total));
                        return Status::Usage;
                    }
                }
            }
            for (i, path) in paths.iter().enumerate() {
                let bytes = match format {
                    Format::Png => vanban::typeset::export::png(&rendered.document, i, args.ppi),
                    _ => vanban::typeset::export::svg(&rendered.document, i).map(String::into_bytes),
                };
                let added = match bytes {
                    Ok(b) => staged.add(path, &b),
                    Err(d) => Err(fail(&Diagnostics::from(d))),
                };
                if let Err(status) = added {
                    return status;
                }
            }
            staged.commit()
        }
        Format::Typst | Format::Docx => unreachable!("handled above"),
    }
}

/// The files one render writes, staged ([`output::Staged`]), each checked
/// against the files the document reads.
struct Staged {
    files: output::Staged,
    /// The YAML, and the images and attached Kế hoạch it reads.
    inputs: Vec<PathBuf>,
}

impl Staged {
    fn new(loaded: &load::Loaded, input: &Path) -> Staged {
        let mut inputs = vec![input.to_path_buf()];
        // As stored on disk (a name in NFD is found by its NFC form).
        inputs.extend(vanban::files_read(loaded).iter().map(|p| load::paths::locate(Path::new(""), p)));
        inputs.extend(loaded.attachment.as_ref().map(|a| PathBuf::from(&a.file.name)));
        Staged { files: output::Staged::default(), inputs }
    }

    fn add(&mut self, path: &Path, bytes: &[u8]) -> Result<(), Status> {
        if let Some(input) = self.inputs.iter().find(|i| output::same_file(i, path)) {
            let what = if output::same_file(input, &self.inputs[0]) { "document" } else { "read" };
            super::say_error(&t!(
                "render-overwrites-input",
                path = path.display().to_string(),
                input = input.display().to_string(),
                what = what
            ));
            super::say_hint(&t!("render-overwrites-input.hint"));
            return Err(Status::Usage);
        }
        if self.files.targets().any(|t| t == path) {
            super::say_error(&t!("render-outputs-same-name", path = path.display().to_string()));
            super::say_hint(&t!("render-outputs-same-name.hint"));
            return Err(Status::Usage);
        }
        self.files.add(path, bytes).map_err(|e| {
            let message = t!(
                "cli-cannot-write",
                path = path.display().to_string(),
                reason = vanban::i18n::io_reason(&e)
            );
            report([&Diagnostic::error("io", message)]);
            Status::Usage
        })
    }

    fn commit(self) -> Status {
        let targets: Vec<PathBuf> = self.files.targets().map(Path::to_path_buf).collect();
        match self.files.commit() {
            Ok(()) => {
                for path in targets {
                    eprintln!("{}", t!("cli-wrote", path = path.display().to_string()));
                }
                Status::Ok
            }
            Err(e) => {
                report([&Diagnostic::error(
                    "io",
                    t!("render-cannot-commit", reason = vanban::i18n::io_reason(&e)),
                )]);
                Status::Usage
            }
        }
    }
}

fn fail(errors: &Diagnostics) -> Status {
    report(errors.iter());
    status_of(errors.iter())
}

/// The DOCX of a loaded document: the same checks as a PDF, then the Word
/// file from the document model (`vanban::docx`).
fn render_docx(pipeline: &Pipeline, loaded: &vanban::load::Loaded, input: &Path, output: &Path) -> Status {
    let issue = &pipeline.issue;
    let refused = [
        (issue.watermark, "--watermark"),
        (issue.copy.is_some(), "--copy"),
        (issue.pdf_a.is_some(), "--pdf-standard"),
        (issue.attach_source, "--attach-source"),
        (issue.form_fields, "--form-fields"),
    ];
    if let Some((_, flag)) = refused.iter().find(|(on, _)| *on) {
        super::say_error(&t!("render-docx-refuses", flag = *flag));
        super::say_hint(&t!("render-docx-refuses.hint", flag = *flag));
        return Status::Usage;
    }
    match pipeline.check(loaded) {
        Ok(warnings) => report(&warnings),
        Err(errors) => return fail(&errors),
    }
    let options = vanban::docx::DocxOptions { draft: issue.draft };
    let bytes = match vanban::docx::write(loaded, options) {
        Ok(b) => b,
        Err(errors) => return fail(&vanban::diagnostic::Diagnostics(errors)),
    };
    let mut staged = Staged::new(loaded, input);
    if let Err(status) = staged.add(output, &bytes) {
        return status;
    }
    staged.commit()
}

/// Writes the layout library (or its NĐ30 numbers) beside a generated .typ
/// so that the stock typst CLI can compile it. An existing file is replaced
/// only if it is vanban's own (or with --force).
fn write_companion(staged: &mut Staged, path: &Path, contents: &str, force: bool) -> Result<(), Status> {
    if let Ok(existing) = std::fs::read_to_string(path) {
        let ours = existing.lines().next() == contents.lines().next();
        if existing == contents {
            return Ok(());
        }
        if !ours && !force {
            super::say_error(&t!("cli-foreign-file", path = path.display().to_string()));
            return Err(Status::Usage);
        }
    }
    staged.add(path, contents.as_bytes())
}

/// Each phụ lục of `loaded` as a PDF of its own beside `output`:
/// `plan-phu-luc.pdf`, or `plan-phu-luc-I.pdf`, `plan-phu-luc-II.pdf` ….
fn write_appendices(
    pipeline: &mut Pipeline,
    loaded: &vanban::load::Loaded,
    output: &Path,
    staged: &mut Staged,
) -> Result<(), Status> {
    let count = loaded.document.appendices().len();
    let stem = output.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let main = pipeline.issue.appendices;
    let mut result = Ok(());
    for n in 1..=count {
        pipeline.issue.appendices = Appendices::Only(n);
        let name = match count {
            1 => format!("{stem}-phu-luc.pdf"),
            _ => format!("{stem}-phu-luc-{}.pdf", vanban::vn::number::roman(n as u32)),
        };
        let pdf = pipeline.render(loaded).and_then(|r| pipeline.pdf(loaded, &r));
        result = match pdf {
            Ok(bytes) => staged.add(&output.with_file_name(name), &bytes),
            Err(errors) => Err(fail(&errors)),
        };
        if result.is_err() {
            break;
        }
    }
    pipeline.issue.appendices = main;
    result
}

/// `plan.yaml`, form 1 → `plan-mau-01.pdf` beside it.
fn form_output(input: &Path, n: usize) -> PathBuf {
    let stem = input.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    input.with_file_name(format!("{stem}-mau-{n:02}.pdf"))
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// `--ppi`: a finite number within [`vanban::limits::PPI_RANGE`].
fn parse_ppi(s: &str) -> Result<f32, String> {
    let range = vanban::limits::PPI_RANGE;
    match s.trim().parse::<f32>() {
        Ok(ppi) if range.contains(&ppi) => Ok(ppi),
        _ => Err(t!("render-ppi-range", min = f64::from(*range.start()), max = f64::from(*range.end()))),
    }
}

//! Throughput of each stage (parse, render, to JSON, from JSON) on the embedded draft and on a
//! 10 MB text made of copies of it, side by side with pulldown-cmark's event stream over the same
//! bytes; then the cost per byte of inputs built to be hard.
//!
//! `cargo bench` ends with a summary: MB/s of each stage and the ratios the README states.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput};
use unga::Document;

/// Size of the large input: copies of the draft, about 10 MB.
const LARGE: usize = 10_000_000;

/// How many of each hard thing the hard inputs hold.
const HARD: usize = 100_000;

fn large() -> String {
    let copies = LARGE / unga::DRAFT_2010_07_19.len() + 1;
    let mut text = String::with_capacity(copies * (unga::DRAFT_2010_07_19.len() + 2));
    for _ in 0..copies {
        text.push_str(unga::DRAFT_2010_07_19);
        text.push_str("\n\n");
    }
    text
}

/// Inputs built to be hard, at `n` (100,000, or a tenth of it to see how the cost grows).
fn hard(n: usize) -> Vec<(&'static str, String)> {
    vec![
        (
            "one long line",
            format!("1. {}", "word [and](#) *so* on ".repeat(n / 2)),
        ),
        ("[ in a row", format!("1. {}", "[".repeat(n))),
        ("* in a row", format!("1. {}", "*".repeat(n))),
        ("empty lines", "\n".repeat(n)),
        (
            "nested insertions",
            format!("1. {}x{}", "[".repeat(n), "](#)".repeat(n)),
        ),
    ]
}

fn pulldown(text: &str) -> usize {
    pulldown_cmark::Parser::new(text).count()
}

fn stages(c: &mut Criterion, name: &str, text: &str) {
    let doc = unga::parse(text).document;
    let json = serde_json::to_string(&doc).unwrap_or_default();
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Bytes(text.len() as u64));
    if text.len() > 1_000_000 {
        group
            .sample_size(10)
            .measurement_time(Duration::from_secs(8));
    }
    group.bench_function("unga parse", |b| b.iter(|| unga::parse(black_box(text))));
    // The same, the models dropped after the measurement: what parsing costs when the
    // allocator cannot hand back memory still in cache, as for a large text.
    group.bench_function("unga parse, models kept", |b| {
        b.iter_with_large_drop(|| unga::parse(black_box(text)))
    });
    group.bench_function("pulldown-cmark events", |b| {
        b.iter(|| pulldown(black_box(text)))
    });
    group.bench_function("unga render", |b| b.iter(|| black_box(&doc).to_string()));
    group.bench_function("unga to JSON", |b| {
        b.iter(|| serde_json::to_string(black_box(&doc)))
    });
    group.bench_function("unga from JSON", |b| {
        b.iter(|| serde_json::from_str::<Document>(black_box(&json)))
    });
    group.finish();
}

fn hard_inputs(c: &mut Criterion) {
    let mut group = c.benchmark_group("hard");
    group.sample_size(10);
    for n in [HARD / 10, HARD] {
        for (name, text) in hard(n) {
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(name, n), &text, |b, text| {
                b.iter(|| unga::parse(black_box(text)))
            });
        }
    }
    group.finish();
}

/// The mean time per byte criterion measured for one benchmark, in nanoseconds: `path` is the
/// group, the function and the parameter, as criterion names its directories.
fn ns_per_byte(path: &[&str], bytes: usize) -> Option<f64> {
    let mut dir = Path::new("target/criterion").to_path_buf();
    for part in path {
        dir.push(part.replace(['?', '"', '/', '\\', '*', '<', '>', ':', '|', '^'], "_"));
    }
    let estimates = std::fs::read_to_string(dir.join("new/estimates.json")).ok()?;
    let value: serde_json::Value = serde_json::from_str(&estimates).ok()?;
    Some(value["mean"]["point_estimate"].as_f64()? / bytes as f64)
}

fn summary(draft: usize, large: usize) {
    let mbps = |ns: f64| 1e3 / ns;
    println!("\nsummary (mean of each benchmark above)");
    for (group, bytes) in [("draft", draft), ("10 MB", large)] {
        let parse = ns_per_byte(&[group, "unga parse"], bytes);
        let reference = ns_per_byte(&[group, "pulldown-cmark events"], bytes);
        let render = ns_per_byte(&[group, "unga render"], bytes);
        if let (Some(parse), Some(reference), Some(render)) = (parse, reference, render) {
            println!(
                "{group:>6}: parse {:>7.1} MB/s, pulldown-cmark {:>7.1} MB/s, ratio {:.2}; render {:>7.1} MB/s",
                mbps(parse),
                mbps(reference),
                reference / parse,
                mbps(render)
            );
        }
    }
    for bench in ["unga parse", "unga parse, models kept"] {
        let small = ns_per_byte(&["draft", bench], draft);
        if let (Some(small), Some(big)) = (small, ns_per_byte(&["10 MB", bench], large)) {
            println!(
                "linear: {bench}: per byte on 10 MB / on the draft = {:.2}",
                big / small
            );
        }
    }
    for ((name, tenth), (_, full)) in hard(HARD / 10).into_iter().zip(hard(HARD)) {
        let small = ns_per_byte(&["hard", name, &(HARD / 10).to_string()], tenth.len());
        let big = ns_per_byte(&["hard", name, &HARD.to_string()], full.len());
        if let (Some(small), Some(big)) = (small, big) {
            println!(
                "linear: {name}: per byte at {HARD} / at {} = {:.2} ({:.1} ns/byte)",
                HARD / 10,
                big / small,
                big
            );
        }
    }
}

fn main() {
    let large = large();
    let mut c = Criterion::default().configure_from_args();
    stages(&mut c, "draft", unga::DRAFT_2010_07_19);
    stages(&mut c, "10 MB", &large);
    hard_inputs(&mut c);
    c.final_summary();
    summary(unga::DRAFT_2010_07_19.len(), large.len());
}

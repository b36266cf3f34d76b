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

fn large() -> String {
    let copies = LARGE / unga::DRAFT_2010_07_19.len() + 1;
    let mut text = String::with_capacity(copies * (unga::DRAFT_2010_07_19.len() + 2));
    for _ in 0..copies {
        text.push_str(unga::DRAFT_2010_07_19);
        text.push_str("\n\n");
    }
    text
}

/// Inputs built to be hard: each about 1 MB or 100,000 of something.
fn hard() -> Vec<(&'static str, String)> {
    vec![
        (
            "one 1 MB line",
            "word [and](#) *so* on ".repeat(1_000_000 / 22),
        ),
        ("100,000 [", "[".repeat(100_000)),
        ("100,000 *", "*".repeat(100_000)),
        ("100,000 empty lines", "\n".repeat(100_000)),
        (
            "100,000 nested insertions",
            format!("{}x{}", "[".repeat(100_000), "](#)".repeat(100_000)),
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
    for (name, text) in hard() {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("unga parse", name), &text, |b, text| {
            b.iter(|| unga::parse(black_box(text)))
        });
    }
    group.finish();
}

/// The mean time per byte criterion measured for one benchmark, in nanoseconds.
fn ns_per_byte(group: &str, bench: &str, bytes: usize) -> Option<f64> {
    let dir = Path::new("target/criterion")
        .join(group)
        .join(bench.replace(['/', ','], "_"));
    let estimates = std::fs::read_to_string(dir.join("new/estimates.json")).ok()?;
    let value: serde_json::Value = serde_json::from_str(&estimates).ok()?;
    Some(value["mean"]["point_estimate"].as_f64()? / bytes as f64)
}

fn summary(draft: usize, large: usize) {
    let mbps = |ns: f64| 1e3 / ns;
    println!("\nsummary (mean of each benchmark above)");
    for (group, bytes) in [("draft", draft), ("10 MB", large)] {
        let parse = ns_per_byte(group, "unga parse", bytes);
        let reference = ns_per_byte(group, "pulldown-cmark events", bytes);
        let render = ns_per_byte(group, "unga render", bytes);
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
    let draft_parse = ns_per_byte("draft", "unga parse", draft);
    if let (Some(small), Some(big)) = (draft_parse, ns_per_byte("10 MB", "unga parse", large)) {
        println!(
            "linear: parse per byte on 10 MB / on the draft = {:.2}",
            big / small
        );
    }
    for (name, text) in hard() {
        let bench = format!("unga parse/{name}");
        if let (Some(small), Some(hard)) = (draft_parse, ns_per_byte("hard", &bench, text.len())) {
            println!(
                "linear: parse per byte on {name} / on the draft = {:.2}",
                hard / small
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

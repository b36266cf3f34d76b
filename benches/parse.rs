//! Throughput of the embedded draft through each stage: parse, render, to JSON, from JSON.
//!
//! `cargo bench` prints MB/s for each.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use unga::Document;

fn draft(c: &mut Criterion) {
    let text = unga::DRAFT_2010_07_19;
    let doc = unga::parse(text).document;
    let json = serde_json::to_string(&doc).unwrap_or_default();

    let mut group = c.benchmark_group("draft");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("parse", |b| b.iter(|| unga::parse(black_box(text))));
    group.bench_function("render", |b| b.iter(|| black_box(&doc).to_string()));
    group.bench_function("to_json", |b| {
        b.iter(|| serde_json::to_string(black_box(&doc)))
    });
    group.bench_function("from_json", |b| {
        b.iter(|| serde_json::from_str::<Document>(black_box(&json)))
    });
    group.finish();
}

criterion_group!(benches, draft);
criterion_main!(benches);

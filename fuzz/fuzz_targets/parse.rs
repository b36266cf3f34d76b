//! Arbitrary bytes: refused with an offset when they are not UTF-8; otherwise the document
//! writes back byte for byte, reads back as the same model, passes the checked render, and the
//! analysis (references, checks, statistics, clean text) points only into the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let parsed = match unga::parse_bytes(bytes) {
        Ok(parsed) => parsed,
        Err(error) => {
            let Some(span) = error.span() else { panic!("a UTF-8 error without a span: {error}") };
            assert!(std::str::from_utf8(&bytes[..span.start]).is_ok());
            assert!(std::str::from_utf8(bytes).is_err());
            return;
        }
    };
    let text = std::str::from_utf8(bytes).unwrap();
    let rendered = parsed.document.to_string();
    assert_eq!(rendered, text, "the text did not write back byte for byte");
    let reread = unga::parse(&rendered).document;
    assert_eq!(reread, parsed.document, "the text read back as another model");
    assert_eq!(parsed.document.render().ok().as_deref(), Some(text));
    let json = serde_json::to_string(&parsed.document).unwrap();
    let from_json: unga::Document = serde_json::from_str(&json).unwrap();
    assert_eq!(from_json, parsed.document, "the JSON read back as another model");
    for reference in unga::references(&parsed.document) {
        assert_eq!(text.get(reference.span.start..reference.span.end), Some(reference.text.as_str()));
    }
    for diagnostic in unga::check(&parsed.document) {
        assert!(text.get(diagnostic.span.start..diagnostic.span.end).is_some());
    }
    let _ = unga::statistics(&parsed.document).to_string();
    let _ = parsed.document.clean_text(unga::Choice::Second);
});

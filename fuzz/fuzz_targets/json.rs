//! Arbitrary JSON: what deserialises into a model either renders to a text that reads back as
//! that model (up to what a text cannot tell apart) or is refused with an error; never a panic
//! and never a different document.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(doc) = serde_json::from_slice::<unga::Document>(bytes) else { return };
    let display = doc.to_string();
    match doc.render() {
        Ok(text) => {
            assert_eq!(text, display, "render and Display disagree");
            let reread = unga::parse(&text).document;
            assert_eq!(reread.to_string(), text);
            assert_eq!(reread.render().ok().as_deref(), Some(text.as_str()));
            // The checked text is a fixed point: its model renders it again, checked.
            let again: unga::Document = serde_json::from_str(&serde_json::to_string(&reread).unwrap()).unwrap();
            assert_eq!(again, reread);
        }
        Err(error) => assert!(error.span().is_some(), "a refusal without a place: {error}"),
    }
});

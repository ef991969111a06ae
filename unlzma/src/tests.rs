//! Round trips through the LZMA encoder of `lzma-rust2`, and corrupt streams.

use super::{decode, Error, Props};
use lzma_rust2::{LzmaOptions, LzmaWriter};
use std::io::Write as _;

const PROPS: Props = Props { lc: 3, lp: 0, pb: 0 };

fn pack(data: &[u8], props: Props) -> Vec<u8> {
    let mut options = LzmaOptions::with_preset(9);
    options.lc = props.lc;
    options.lp = props.lp;
    options.pb = props.pb;
    let mut writer = LzmaWriter::new_no_header(Vec::new(), &options, false).expect("encoder");
    writer.write_all(data).expect("write");
    writer.finish().expect("finish")
}

fn unpack(packed: &[u8], len: usize, props: Props) -> Result<Vec<u8>, Error> {
    let mut out = vec![0; len];
    decode(packed, &mut out, props).map(|()| out)
}

/// Bytes with long repeats, short repeats and noise, like code and text together.
fn sample(len: usize) -> Vec<u8> {
    let mut seed = 0x2545_f491_u32;
    let mut out = Vec::with_capacity(len);
    while out.len() < len {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        match seed % 4 {
            0 => out.extend_from_slice(b"mailgun-help sends email; "),
            1 if out.len() > 300 => {
                let start = (seed as usize / 7) % (out.len() - 200);
                let copy: Vec<u8> = out[start..start + 1 + (seed as usize % 150)].to_vec();
                out.extend_from_slice(&copy);
            }
            _ => out.push((seed >> 24) as u8),
        }
    }
    out.truncate(len);
    out
}

#[test]
fn round_trips_mixed_data_with_several_parameters() {
    let data = sample(200_000);
    for props in [PROPS, Props { lc: 0, lp: 2, pb: 2 }, Props { lc: 4, lp: 0, pb: 4 }, Props { lc: 1, lp: 1, pb: 1 }] {
        let packed = pack(&data, props);
        assert!(packed.len() < data.len(), "{props:?} did not compress");
        assert_eq!(unpack(&packed, data.len(), props).as_deref(), Ok(&data[..]), "{props:?}");
    }
}

#[test]
fn round_trips_long_runs_and_tiny_inputs() {
    for data in [vec![7u8; 100_000], b"a".to_vec(), (0..=255u8).cycle().take(70_000).collect()] {
        let packed = pack(&data, PROPS);
        assert_eq!(unpack(&packed, data.len(), PROPS), Ok(data));
    }
}

#[test]
fn corrupt_streams_give_errors_not_panics() {
    let data = sample(50_000);
    let packed = pack(&data, PROPS);
    assert_eq!(unpack(&[], 10, PROPS), Err(Error::Start));
    assert_eq!(unpack(&[1, 0, 0, 0, 0, 0], 10, PROPS), Err(Error::Start));
    // A cut stream reads as zeros past its end, which shows as a bad match or as running out.
    assert!(unpack(&packed[..packed.len() / 2], data.len(), PROPS).is_err());
    assert_eq!(unpack(&packed, data.len(), Props { lc: 5, lp: 0, pb: 0 }), Err(Error::Props));
    // Flipping bytes anywhere must end in an error or in wrong bytes, never in a panic.
    for at in (5..packed.len()).step_by(97) {
        let mut bad = packed.clone();
        bad[at] ^= 0x5a;
        let _ = unpack(&bad, data.len(), PROPS);
    }
    // Without an end marker, asking for more output than was packed may decode a few bytes more
    // from the encoder's flush; what was packed still comes out first.
    if let Ok(longer) = unpack(&packed, data.len() + 1000, PROPS) {
        assert_eq!(&longer[..data.len()], &data[..]);
    }
}

mod fuzz {
    //! Corrupted input of every kind: the decoder must return (an error or some bytes), never
    //! panic, never write outside `out` and never loop without end. Each call either fills one
    //! output byte or more per step or returns, so a finished call is the proof of no hang.
    use super::*;
    use proptest::prelude::*;
    use std::sync::OnceLock;

    /// One real stream to corrupt (packing is slow; made once).
    fn packed() -> &'static (Vec<u8>, usize) {
        static PACKED: OnceLock<(Vec<u8>, usize)> = OnceLock::new();
        PACKED.get_or_init(|| {
            let data = sample(20_000);
            (pack(&data, PROPS), data.len())
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn flipped_bytes_cuts_and_wrong_lengths_end_in_a_result(
            flips in proptest::collection::vec((any::<prop::sample::Index>(), 1u8..=255), 0..8),
            cut in any::<prop::sample::Index>(),
            len in 0usize..40_000,
        ) {
            let (good, _) = packed();
            let mut bad = good.clone();
            for (at, x) in flips {
                let i = at.index(bad.len());
                bad[i] ^= x;
            }
            bad.truncate(cut.index(bad.len() + 1));
            let _ = unpack(&bad, len, PROPS);
        }

        #[test]
        fn random_bytes_and_parameters_end_in_a_result(
            mut src in proptest::collection::vec(any::<u8>(), 0..600),
            valid_start in any::<bool>(),
            len in 0usize..5_000,
            (lc, lp, pb) in (0u32..10, 0u32..10, 0u32..10),
        ) {
            // Half the streams pass the first check (a zero byte), so the decoding itself is fuzzed.
            if valid_start && !src.is_empty() {
                src[0] = 0;
            }
            let _ = unpack(&src, len, Props { lc, lp, pb });
        }
    }
}

#[test]
fn decoding_in_slices_gives_the_same_bytes_as_at_once() {
    let data = sample(200_000);
    let packed = pack(&data, PROPS);
    for slice in [1, 777, 65_536] {
        let mut out = vec![0; data.len()];
        let mut decoder = super::Decoder::new(&packed, PROPS).expect("start");
        let mut runs = 0;
        while !decoder.run(&packed, &mut out, decoder.written() + slice).expect("run") {
            runs += 1;
        }
        decoder.finish(&packed).expect("whole stream");
        assert_eq!(out, data, "slice {slice}");
        assert!(runs + 1 >= data.len() / (slice + 273), "slice {slice}: it stopped between slices ({runs} runs)");
    }
}

//! The wasm entry points. The loader grows this module's memory, copies the packed bytes past its
//! old end, and passes pointers into that fresh space (this module has no allocator). The decoder's
//! state lives in one static, so the loader can unpack in slices and yield between them.

use crate::{Decoder, Error, Props};

/// The one decoder of this module's one stream: set by [`unlzma_start`], advanced by [`unlzma_run`].
static mut DECODER: Option<Decoder> = None;

/// Starts decoding `src_len` bytes at `src` with the given parameters. Returns 0, or the number of
/// the [`Error`] (see [`status`]).
///
/// # Safety
/// `src..src+src_len` must be inside this module's memory; not reentrant (wasm has one thread).
#[no_mangle]
pub unsafe extern "C" fn unlzma_start(src: *const u8, src_len: usize, lc: u32, lp: u32, pb: u32) -> u32 {
    // SAFETY: the caller passes a region inside this module's memory.
    let src = unsafe { core::slice::from_raw_parts(src, src_len) };
    match Decoder::new(src, Props { lc, lp, pb }) {
        Ok(decoder) => {
            // SAFETY: one thread, and no reference to the static outlives this call.
            unsafe { *core::ptr::addr_of_mut!(DECODER) = Some(decoder) };
            0
        }
        Err(e) => status(e),
    }
}

/// Decodes into the `out_len` bytes at `out` until `until` of them are written (or all). Returns 0
/// when the output is full and the stream checked, 6 when there is more to do, 7 when nothing was
/// started, or the number of the [`Error`].
///
/// # Safety
/// The same `src` as [`unlzma_start`]; `out..out+out_len` inside this module's memory, disjoint
/// from `src`, the same on every call.
#[no_mangle]
pub unsafe extern "C" fn unlzma_run(src: *const u8, src_len: usize, out: *mut u8, out_len: usize, until: usize) -> u32 {
    // SAFETY: one thread, and no reference to the static outlives this call.
    let Some(decoder) = (unsafe { (*core::ptr::addr_of_mut!(DECODER)).as_mut() }) else {
        return 7;
    };
    // SAFETY: the caller passes two disjoint regions inside this module's memory.
    let (src, out) =
        unsafe { (core::slice::from_raw_parts(src, src_len), core::slice::from_raw_parts_mut(out, out_len)) };
    match decoder.run(src, out, until) {
        Ok(false) => 6,
        Ok(true) => match decoder.finish(src) {
            Ok(()) => 0,
            Err(e) => status(e),
        },
        Err(e) => status(e),
    }
}

/// The number the loader reports for an error: 1 props, 2 start, 3 truncated, 4 distance, 5 past
/// end.
fn status(e: Error) -> u32 {
    match e {
        Error::Props => 1,
        Error::Start => 2,
        Error::Truncated => 3,
        Error::Distance => 4,
        Error::PastEnd => 5,
    }
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

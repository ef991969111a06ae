//! The wasm entry point. The loader grows this module's memory, copies the packed bytes past its
//! old end, and passes pointers into that fresh space (this module has no allocator).

use crate::{decode, Error, Props};

/// Decodes `src_len` bytes at `src` into `out_len` bytes at `out`. Returns 0 on success, or the
/// number of the [`Error`] (1 props, 2 start, 3 truncated, 4 distance, 5 past end).
///
/// # Safety
/// `src..src+src_len` and `out..out+out_len` must be disjoint regions of this module's memory.
#[no_mangle]
pub unsafe extern "C" fn unlzma(
    src: *const u8,
    src_len: usize,
    out: *mut u8,
    out_len: usize,
    lc: u32,
    lp: u32,
    pb: u32,
) -> u32 {
    // SAFETY: the caller passes two disjoint regions inside this module's memory.
    let (src, out) =
        unsafe { (core::slice::from_raw_parts(src, src_len), core::slice::from_raw_parts_mut(out, out_len)) };
    match decode(src, out, Props { lc, lp, pb }) {
        Ok(()) => 0,
        Err(Error::Props) => 1,
        Err(Error::Start) => 2,
        Err(Error::Truncated) => 3,
        Err(Error::Distance) => 4,
        Err(Error::PastEnd) => 5,
    }
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

//! Plan and pricing estimator (being written).

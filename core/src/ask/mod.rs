//! Question understanding and composed answers (being written).

//! Ids of the rows a country writes by the million (doses and their certificates).

use uuid::Uuid;

/// A new id for a dose or a certificate: a UUIDv7, whose leading bits are the time it was made, so that each new
/// row's key lands at the right-hand end of its primary-key index (and of `certificates.dose_id`) rather than on a
/// random page. On a tenant of ten million people those indexes are gigabytes, and random inserts into them read and
/// dirty a page apart from the cached ones for every dose; the 74 random bits keep the ids unguessable.
pub fn time_ordered() -> Uuid {
    Uuid::now_v7()
}

#[cfg(test)]
mod tests {
    #[test]
    fn later_ids_sort_after_earlier_ones() {
        let first = super::time_ordered();
        std::thread::sleep(std::time::Duration::from_millis(2));
        let second = super::time_ordered();
        assert!(second > first);
        assert_eq!(second.get_version_num(), 7);
    }
}

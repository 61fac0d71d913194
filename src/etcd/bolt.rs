//! etcd's backend file format (bbolt), read and written offline: just enough to check a
//! snapshot's integrity page by page and to change a restored member's database before etcd
//! first opens it (the revision bump, see `snapshot::restore`).
//!
//! A bbolt file is a B+tree of fixed-size pages: two meta pages (the newer valid one wins),
//! a freelist page, and branch/leaf pages; a node larger than a page spans `overflow` more
//! contiguous pages. Top-level buckets are entries of the root tree whose value is a bucket
//! header (root page, sequence), followed by the whole bucket as an inline page when the
//! bucket is small (root 0). Writes here are copy-on-write as in bbolt itself: the changed
//! path is written to new pages at the end of the file, the old pages are freed, and a new meta
//! page with the next transaction id makes the change visible.

use std::collections::{BTreeMap, BTreeSet};

const MAGIC: u32 = 0xED0C_DAED;
const VERSION: u32 = 2;
const PAGE_HEADER: usize = 16;
const ELEMENT: usize = 16;
const BUCKET_HEADER: usize = 16;
const META_SIZE: usize = 64;
const CHECKSUM_OFFSET: usize = 56;

const BRANCH_PAGE: u16 = 0x01;
const LEAF_PAGE: u16 = 0x02;
const META_PAGE: u16 = 0x04;
const FREELIST_PAGE: u16 = 0x10;
const BUCKET_LEAF_FLAG: u32 = 0x01;
/// The freelist is not persisted (bbolt's NoFreelistSync); it is rebuilt on open.
const NO_FREELIST: u64 = u64::MAX;

#[derive(Debug, thiserror::Error)]
#[error("the database is corrupt: {0}")]
pub struct Corrupt(pub String);

type Result<T> = std::result::Result<T, Corrupt>;

fn corrupt<T>(message: impl Into<String>) -> Result<T> {
    Err(Corrupt(message.into()))
}

#[derive(Clone, Copy, Debug)]
struct Meta {
    page_size: u32,
    flags: u32,
    root: u64,
    sequence: u64,
    freelist: u64,
    /// High-water mark: the first page id past the end of the data.
    pgid: u64,
    txid: u64,
}

impl Meta {
    fn decode(b: &[u8]) -> Result<Meta> {
        if b.len() < META_SIZE {
            return corrupt("meta page is truncated");
        }
        if u32_at(b, 0) != MAGIC {
            return corrupt("bad magic number (not a bbolt/etcd database)");
        }
        if u32_at(b, 4) != VERSION {
            return corrupt(format!("unsupported bbolt version {}", u32_at(b, 4)));
        }
        if fnv64a(&b[..CHECKSUM_OFFSET]) != u64_at(b, CHECKSUM_OFFSET) {
            return corrupt("meta page checksum mismatch");
        }
        Ok(Meta {
            page_size: u32_at(b, 8),
            flags: u32_at(b, 12),
            root: u64_at(b, 16),
            sequence: u64_at(b, 24),
            freelist: u64_at(b, 32),
            pgid: u64_at(b, 40),
            txid: u64_at(b, 48),
        })
    }

    fn encode(&self) -> [u8; META_SIZE] {
        let mut b = [0u8; META_SIZE];
        b[0..4].copy_from_slice(&MAGIC.to_le_bytes());
        b[4..8].copy_from_slice(&VERSION.to_le_bytes());
        b[8..12].copy_from_slice(&self.page_size.to_le_bytes());
        b[12..16].copy_from_slice(&self.flags.to_le_bytes());
        b[16..24].copy_from_slice(&self.root.to_le_bytes());
        b[24..32].copy_from_slice(&self.sequence.to_le_bytes());
        b[32..40].copy_from_slice(&self.freelist.to_le_bytes());
        b[40..48].copy_from_slice(&self.pgid.to_le_bytes());
        b[48..56].copy_from_slice(&self.txid.to_le_bytes());
        let sum = fnv64a(&b[..CHECKSUM_OFFSET]);
        b[56..64].copy_from_slice(&sum.to_le_bytes());
        b
    }
}

/// One key of a leaf: a value, or a nested bucket (header + optional inline page).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Entry {
    bucket: bool,
    key: Vec<u8>,
    value: Vec<u8>,
}

#[derive(Clone, Debug)]
enum Node {
    Leaf(Vec<Entry>),
    Branch(Vec<(Vec<u8>, u64)>),
}

/// A page's elements borrowed from the file: checking a large database copies nothing.
enum NodeRef<'a> {
    Leaf(Vec<(bool, &'a [u8], &'a [u8])>),
    Branch(Vec<(&'a [u8], u64)>),
}

impl NodeRef<'_> {
    fn first_key(&self) -> &[u8] {
        match self {
            NodeRef::Leaf(e) => e.first().map_or(&[][..], |e| e.1),
            NodeRef::Branch(c) => c.first().map_or(&[][..], |c| c.0),
        }
    }

    fn to_owned_node(&self) -> Node {
        match self {
            NodeRef::Leaf(e) => Node::Leaf(
                e.iter()
                    .map(|(bucket, key, value)| Entry {
                        bucket: *bucket,
                        key: key.to_vec(),
                        value: value.to_vec(),
                    })
                    .collect(),
            ),
            NodeRef::Branch(c) => Node::Branch(c.iter().map(|(k, id)| (k.to_vec(), *id)).collect()),
        }
    }
}

impl Node {
    fn first_key(&self) -> &[u8] {
        match self {
            Node::Leaf(e) => e.first().map_or(&[][..], |e| &e.key),
            Node::Branch(c) => c.first().map_or(&[][..], |c| &c.0),
        }
    }

    fn decode(bytes: &[u8], what: &str) -> Result<Node> {
        Ok(decode_ref(bytes, what)?.to_owned_node())
    }

    fn encoded_len(&self) -> usize {
        PAGE_HEADER
            + match self {
                Node::Leaf(e) => e
                    .iter()
                    .map(|e| ELEMENT + e.key.len() + e.value.len())
                    .sum::<usize>(),
                Node::Branch(c) => c.iter().map(|c| ELEMENT + c.0.len()).sum::<usize>(),
            }
    }

    /// The page bytes (header included), `len` long (≥ `encoded_len`).
    fn encode(&self, id: u64, len: usize, overflow: u32) -> Result<Vec<u8>> {
        let mut b = vec![0u8; len];
        let (flags, count) = match self {
            Node::Leaf(e) => (LEAF_PAGE, e.len()),
            Node::Branch(c) => (BRANCH_PAGE, c.len()),
        };
        let Ok(count16) = u16::try_from(count) else {
            return corrupt(format!("a node with {count} elements does not fit a page"));
        };
        b[0..8].copy_from_slice(&id.to_le_bytes());
        b[8..10].copy_from_slice(&flags.to_le_bytes());
        b[10..12].copy_from_slice(&count16.to_le_bytes());
        b[12..16].copy_from_slice(&overflow.to_le_bytes());
        let mut data = PAGE_HEADER + count * ELEMENT;
        for i in 0..count {
            let at = PAGE_HEADER + i * ELEMENT;
            let pos = (data - at) as u32;
            match self {
                Node::Leaf(entries) => {
                    let e = &entries[i];
                    let eflags = if e.bucket { BUCKET_LEAF_FLAG } else { 0 };
                    b[at..at + 4].copy_from_slice(&eflags.to_le_bytes());
                    b[at + 4..at + 8].copy_from_slice(&pos.to_le_bytes());
                    b[at + 8..at + 12].copy_from_slice(&(e.key.len() as u32).to_le_bytes());
                    b[at + 12..at + 16].copy_from_slice(&(e.value.len() as u32).to_le_bytes());
                    b[data..data + e.key.len()].copy_from_slice(&e.key);
                    data += e.key.len();
                    b[data..data + e.value.len()].copy_from_slice(&e.value);
                    data += e.value.len();
                }
                Node::Branch(children) => {
                    let (key, child) = &children[i];
                    b[at..at + 4].copy_from_slice(&pos.to_le_bytes());
                    b[at + 4..at + 8].copy_from_slice(&(key.len() as u32).to_le_bytes());
                    b[at + 8..at + 16].copy_from_slice(&child.to_le_bytes());
                    b[data..data + key.len()].copy_from_slice(key);
                    data += key.len();
                }
            }
        }
        Ok(b)
    }
}

/// Parses a page's elements; `bytes` starts at the page header.
fn decode_ref<'a>(bytes: &'a [u8], what: &str) -> Result<NodeRef<'a>> {
    if bytes.len() < PAGE_HEADER {
        return corrupt(format!("{what}: page header is truncated"));
    }
    let flags = u16_at(bytes, 8);
    let count = u16_at(bytes, 10) as usize;
    let slice = |start: usize, len: usize| -> Result<&'a [u8]> {
        match bytes.get(start..start.saturating_add(len)) {
            Some(s) => Ok(s),
            None => corrupt(format!("{what}: element points past the end of its page")),
        }
    };
    if PAGE_HEADER + count * ELEMENT > bytes.len() {
        return corrupt(format!("{what}: {count} elements do not fit in the page"));
    }
    match flags {
        LEAF_PAGE => {
            let mut entries = Vec::with_capacity(count);
            for i in 0..count {
                let at = PAGE_HEADER + i * ELEMENT;
                let (eflags, pos, ksize, vsize) = (
                    u32_at(bytes, at),
                    u32_at(bytes, at + 4) as usize,
                    u32_at(bytes, at + 8) as usize,
                    u32_at(bytes, at + 12) as usize,
                );
                let key = slice(at + pos, ksize)?;
                let value = slice(at + pos + ksize, vsize)?;
                entries.push((eflags & BUCKET_LEAF_FLAG != 0, key, value));
            }
            Ok(NodeRef::Leaf(entries))
        }
        BRANCH_PAGE => {
            let mut children = Vec::with_capacity(count);
            for i in 0..count {
                let at = PAGE_HEADER + i * ELEMENT;
                let (pos, ksize, child) = (
                    u32_at(bytes, at) as usize,
                    u32_at(bytes, at + 4) as usize,
                    u64_at(bytes, at + 8),
                );
                children.push((slice(at + pos, ksize)?, child));
            }
            Ok(NodeRef::Branch(children))
        }
        other => corrupt(format!(
            "{what}: expected a branch or leaf page, found flags {other:#x}"
        )),
    }
}

/// What a full check found.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct CheckReport {
    /// Keys per top-level bucket.
    pub buckets: BTreeMap<String, u64>,
    /// Pages reachable from the root (meta and freelist included).
    pub pages_in_use: u64,
    pub page_size: u32,
}

/// A whole database in memory.
pub struct Db<'a> {
    data: std::borrow::Cow<'a, [u8]>,
    meta: Meta,
    /// Pages replaced by writes since opening; freed at commit.
    freed: Vec<u64>,
    /// The high-water mark when opened: pages from here on are new.
    opened_pgid: u64,
}

impl<'a> Db<'a> {
    /// Opens a database image, choosing the newer of the two valid meta pages as bbolt does.
    pub fn from_bytes(data: impl Into<std::borrow::Cow<'a, [u8]>>) -> Result<Db<'a>> {
        let data = data.into();
        let first = data
            .get(PAGE_HEADER..PAGE_HEADER + META_SIZE)
            .ok_or_else(|| Corrupt("the file is too short to be a database".into()))
            .and_then(Meta::decode);
        // The second meta page sits one page in; its size comes from whichever meta is valid.
        let page_size = match &first {
            Ok(m) => m.page_size as usize,
            Err(_) => 4096,
        };
        let second = data
            .get(page_size + PAGE_HEADER..page_size + PAGE_HEADER + META_SIZE)
            .ok_or_else(|| Corrupt("the file is too short to be a database".into()))
            .and_then(Meta::decode);
        let meta = match (first, second) {
            (Ok(a), Ok(b)) => {
                if a.txid >= b.txid {
                    a
                } else {
                    b
                }
            }
            (Ok(m), Err(_)) | (Err(_), Ok(m)) => m,
            (Err(e), Err(_)) => return Err(e),
        };
        if !(512..=65536).contains(&meta.page_size) || !meta.page_size.is_power_of_two() {
            return corrupt(format!("implausible page size {}", meta.page_size));
        }
        let needed = meta.pgid.saturating_mul(meta.page_size as u64);
        if (data.len() as u64) < needed {
            return corrupt(format!(
                "the file is truncated: {} bytes, but its pages reach {needed}",
                data.len()
            ));
        }
        Ok(Db {
            data,
            meta,
            freed: Vec::new(),
            opened_pgid: meta.pgid,
        })
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.data.into_owned()
    }

    fn page_size(&self) -> usize {
        self.meta.page_size as usize
    }

    /// The bytes of page `id` including its overflow pages, checked to lie inside the data.
    fn page(&self, id: u64) -> Result<&[u8]> {
        if id < 2 || id >= self.meta.pgid {
            return corrupt(format!(
                "page {id} is outside the database (high-water mark {})",
                self.meta.pgid
            ));
        }
        let ps = self.page_size();
        let start = id as usize * ps;
        let header = &self.data[start..start + PAGE_HEADER];
        if u64_at(header, 0) != id {
            return corrupt(format!("page {id} claims to be page {}", u64_at(header, 0)));
        }
        let span = (u32_at(header, 12) as u64 + 1) * ps as u64;
        let end = start as u64 + span;
        if end > self.meta.pgid * ps as u64 {
            return corrupt(format!("page {id}'s overflow runs past the end"));
        }
        Ok(&self.data[start..end as usize])
    }

    fn node(&self, id: u64) -> Result<Node> {
        Node::decode(self.page(id)?, &format!("page {id}"))
    }

    /// The value of `key` in the top-level bucket `bucket`.
    pub fn get(&self, bucket: &[u8], key: &[u8]) -> Result<Option<Vec<u8>>> {
        let Some(header) = self.lookup(self.meta.root, bucket)? else {
            return Ok(None);
        };
        let (root, inline) = split_bucket(&header)?;
        let found = match inline {
            Some(node) => leaf_lookup(&node, key),
            None => self.lookup(root, key)?,
        };
        Ok(found)
    }

    /// The greatest key of a top-level bucket and its value.
    pub fn last(&self, bucket: &[u8]) -> Result<Option<(Vec<u8>, Vec<u8>)>> {
        let Some(header) = self.lookup(self.meta.root, bucket)? else {
            return Ok(None);
        };
        let (root, inline) = split_bucket(&header)?;
        let mut node = match inline {
            Some(n) => n,
            None => self.node(root)?,
        };
        loop {
            match node {
                Node::Leaf(entries) => {
                    return Ok(entries.last().map(|e| (e.key.clone(), e.value.clone())));
                }
                Node::Branch(children) => match children.last() {
                    Some((_, child)) => node = self.node(*child)?,
                    None => return Ok(None),
                },
            }
        }
    }

    fn lookup(&self, root: u64, key: &[u8]) -> Result<Option<Vec<u8>>> {
        let mut node = self.node(root)?;
        loop {
            match node {
                Node::Leaf(_) => return Ok(leaf_lookup(&node, key)),
                Node::Branch(children) => {
                    let i = branch_index(&children, key);
                    node = self.node(children[i].1)?;
                }
            }
        }
    }

    /// Walks every page reachable from the meta page: bounds, page types, sorted keys, no page
    /// used twice, the freelist consistent with the tree.
    pub fn check(&self) -> Result<CheckReport> {
        let mut seen = BTreeSet::from([0u64, 1]);
        let mut report = CheckReport {
            page_size: self.meta.page_size,
            ..CheckReport::default()
        };
        let mut free = BTreeSet::new();
        if self.meta.freelist != NO_FREELIST {
            let page = self.page(self.meta.freelist)?;
            if u16_at(page, 8) != FREELIST_PAGE {
                return corrupt("the freelist page is not a freelist");
            }
            mark(&mut seen, self.meta.freelist, u32_at(page, 12))?;
            for id in freelist_ids(page)? {
                if id < 2 || id >= self.meta.pgid || !free.insert(id) {
                    return corrupt(format!("freelist entry {id} is invalid or repeated"));
                }
            }
        }
        let root_entries = self.walk(self.meta.root, &mut seen, &mut 0, "root bucket", true)?;
        for entry in root_entries {
            let name = String::from_utf8_lossy(&entry.key).into_owned();
            if !entry.bucket {
                return corrupt(format!("root entry {name:?} is not a bucket"));
            }
            let (root, inline) = split_bucket(&entry.value)?;
            let mut keys = 0;
            match inline {
                Some(Node::Leaf(entries)) => {
                    check_sorted(
                        &entries.iter().map(|e| &e.key[..]).collect::<Vec<_>>(),
                        &name,
                    )?;
                    keys = entries.len() as u64;
                }
                Some(Node::Branch(_)) => {
                    return corrupt(format!("bucket {name:?}: inline page is a branch"));
                }
                None => {
                    self.walk(root, &mut seen, &mut keys, &name, false)?;
                }
            }
            report.buckets.insert(name, keys);
        }
        if let Some(id) = free.iter().find(|id| seen.contains(id)) {
            return corrupt(format!("page {id} is both free and in use"));
        }
        report.pages_in_use = seen.len() as u64;
        if self.meta.freelist != NO_FREELIST {
            // Everything below the high-water mark is in use or free (bbolt's own check).
            if let Some(id) =
                (2..self.meta.pgid).find(|id| !seen.contains(id) && !free.contains(id))
            {
                return corrupt(format!("page {id} is neither reachable nor free"));
            }
        }
        Ok(report)
    }

    /// Checks the tree under `root`, counting its keys; with `gather`, returns its entries
    /// (for the root tree: the bucket headers).
    fn walk(
        &self,
        root: u64,
        seen: &mut BTreeSet<u64>,
        keys: &mut u64,
        what: &str,
        gather: bool,
    ) -> Result<Vec<Entry>> {
        let mut gathered = Vec::new();
        // (page, lower bound inherited from the parent's separator)
        let mut stack = vec![(root, None::<&[u8]>, 0usize)];
        while let Some((id, lower, depth)) = stack.pop() {
            if depth > 64 {
                return corrupt(format!("{what}: the tree is implausibly deep (a cycle?)"));
            }
            let page = self.page(id)?;
            mark(seen, id, u32_at(page, 12))?;
            let node = decode_ref(page, what)?;
            if let Some(lower) = lower
                && node.first_key() < lower
            {
                return corrupt(format!(
                    "{what}, page {id}: first key sorts before its parent's separator"
                ));
            }
            if gather
                && let NodeRef::Leaf(_) = node
                && let Node::Leaf(entries) = node.to_owned_node()
            {
                gathered.extend(entries);
            }
            match node {
                NodeRef::Leaf(entries) => {
                    if entries.windows(2).any(|w| w[0].1 >= w[1].1) {
                        return corrupt(format!("{what}, page {id}: keys out of order"));
                    }
                    *keys += entries.len() as u64;
                }
                NodeRef::Branch(children) => {
                    if children.is_empty() {
                        return corrupt(format!("{what}, page {id}: empty branch"));
                    }
                    if children.windows(2).any(|w| w[0].0 >= w[1].0) {
                        return corrupt(format!("{what}, page {id}: keys out of order"));
                    }
                    // Reverse so leaves are visited (and gathered) in key order.
                    for (key, child) in children.into_iter().rev() {
                        stack.push((child, Some(key), depth + 1));
                    }
                }
            }
        }
        Ok(gathered)
    }

    /// Sets `key` in the top-level bucket `bucket` (which must exist), copy-on-write.
    pub fn put(&mut self, bucket: &[u8], key: &[u8], value: &[u8]) -> Result<()> {
        let root_path = self.descend(self.meta.root, bucket)?;
        let Some(header) = leaf_lookup(&root_path.last().expect("non-empty").node, bucket) else {
            return corrupt(format!(
                "bucket {:?} does not exist",
                String::from_utf8_lossy(bucket)
            ));
        };
        let (root, inline) = split_bucket(&header)?;
        let sequence = u64_at(&header, 8);
        let new_header = match inline {
            Some(mut node) => {
                upsert(&mut node, key, value, false);
                let mut v = bucket_header(0, sequence);
                v.extend(node.encode(0, node.encoded_len(), 0)?);
                v
            }
            None => {
                let mut path = self.descend(root, key)?;
                let leaf = &mut path.last_mut().expect("non-empty").node;
                upsert(leaf, key, value, false);
                let new_root = self.write_path(path)?;
                bucket_header(new_root, sequence)
            }
        };
        let mut root_path = root_path;
        upsert(
            &mut root_path.last_mut().expect("non-empty").node,
            bucket,
            &new_header,
            true,
        );
        self.meta.root = self.write_path(root_path)?;
        Ok(())
    }

    /// Makes the writes so far durable in the image: the freelist, then a new meta page.
    pub fn commit(&mut self) -> Result<()> {
        if self.meta.freelist != NO_FREELIST {
            let old = self.meta.freelist;
            let old_page = self.page(old)?;
            let mut ids: BTreeSet<u64> = freelist_ids(old_page)?.into_iter().collect();
            let overflow = u32_at(old_page, 12) as u64;
            ids.extend(old..=old + overflow);
            ids.extend(self.freed.drain(..));
            let ids: Vec<u64> = ids.into_iter().collect();
            self.meta.freelist = self.write_freelist(&ids);
        } else {
            self.freed.clear();
        }
        self.meta.txid += 1;
        let ps = self.page_size();
        let at = (self.meta.txid % 2) as usize * ps;
        let mut header = [0u8; PAGE_HEADER];
        header[0..8].copy_from_slice(&(self.meta.txid % 2).to_le_bytes());
        header[8..10].copy_from_slice(&META_PAGE.to_le_bytes());
        let data = self.data.to_mut();
        data[at..at + PAGE_HEADER].copy_from_slice(&header);
        data[at + PAGE_HEADER..at + PAGE_HEADER + META_SIZE].copy_from_slice(&self.meta.encode());
        Ok(())
    }

    /// Writes the committed changes into `file`, which holds the image this was opened from:
    /// the new pages first and, once they are durable, the meta page that points at them —
    /// bbolt's own commit order, so a crash in between leaves the old state intact.
    pub fn write_changes(&self, file: &std::fs::File) -> std::io::Result<()> {
        use std::os::unix::fs::FileExt;
        let ps = self.page_size();
        let (from, to) = (self.opened_pgid as usize * ps, self.meta.pgid as usize * ps);
        if to > from {
            file.write_all_at(&self.data[from..to], from as u64)?;
            file.sync_data()?;
        }
        let at = (self.meta.txid % 2) as usize * ps;
        file.write_all_at(&self.data[at..at + ps], at as u64)?;
        file.sync_data()
    }

    /// The path from `root` to the leaf where `key` belongs.
    fn descend(&self, root: u64, key: &[u8]) -> Result<Vec<Step>> {
        let mut path = Vec::new();
        let mut id = root;
        loop {
            let node = self.node(id)?;
            let next = match &node {
                Node::Leaf(_) => None,
                Node::Branch(children) => {
                    let i = branch_index(children, key);
                    Some((i, children[i].1))
                }
            };
            path.push(Step {
                id,
                node,
                child: next.map_or(0, |n| n.0),
            });
            match next {
                Some((_, child)) => id = child,
                None => return Ok(path),
            }
        }
    }

    /// Writes the (modified) leaf at the end of `path` and every ancestor to new pages,
    /// freeing the old ones; returns the new root page.
    fn write_path(&mut self, mut path: Vec<Step>) -> Result<u64> {
        let mut written: Option<(Vec<u8>, u64)> = None;
        while let Some(mut step) = path.pop() {
            if let (Some((first_key, new_id)), Node::Branch(children)) = (&written, &mut step.node)
            {
                children[step.child] = (first_key.clone(), *new_id);
            }
            let overflow = u32_at(self.page(step.id)?, 12) as u64;
            self.freed.extend(step.id..=step.id + overflow);
            let id = self.append(&step.node)?;
            written = Some((step.node.first_key().to_vec(), id));
        }
        Ok(written.expect("a path has at least its root").1)
    }

    /// Appends `node` past the high-water mark; returns its page id.
    fn append(&mut self, node: &Node) -> Result<u64> {
        let ps = self.page_size();
        let pages = node.encoded_len().div_ceil(ps).max(1);
        let id = self.meta.pgid;
        let bytes = node.encode(id, pages * ps, (pages - 1) as u32)?;
        self.place(id, &bytes);
        Ok(id)
    }

    fn write_freelist(&mut self, ids: &[u64]) -> u64 {
        let ps = self.page_size();
        let long = ids.len() >= 0xFFFF;
        let len = PAGE_HEADER + (ids.len() + usize::from(long)) * 8;
        let pages = len.div_ceil(ps).max(1);
        let id = self.meta.pgid;
        let mut b = vec![0u8; pages * ps];
        b[0..8].copy_from_slice(&id.to_le_bytes());
        b[8..10].copy_from_slice(&FREELIST_PAGE.to_le_bytes());
        let count: u16 = if long { 0xFFFF } else { ids.len() as u16 };
        b[10..12].copy_from_slice(&count.to_le_bytes());
        b[12..16].copy_from_slice(&((pages - 1) as u32).to_le_bytes());
        let mut at = PAGE_HEADER;
        if long {
            b[at..at + 8].copy_from_slice(&(ids.len() as u64).to_le_bytes());
            at += 8;
        }
        for free in ids {
            b[at..at + 8].copy_from_slice(&free.to_le_bytes());
            at += 8;
        }
        self.place(id, &b);
        id
    }

    fn place(&mut self, id: u64, bytes: &[u8]) {
        let ps = self.page_size();
        let start = id as usize * ps;
        let end = start + bytes.len();
        let data = self.data.to_mut();
        if data.len() < end {
            data.resize(end, 0);
        }
        data[start..end].copy_from_slice(bytes);
        self.meta.pgid = self.meta.pgid.max((end / ps) as u64);
    }
}

struct Step {
    id: u64,
    node: Node,
    child: usize,
}

fn mark(seen: &mut BTreeSet<u64>, id: u64, overflow: u32) -> Result<()> {
    for p in id..=id + overflow as u64 {
        if !seen.insert(p) {
            return corrupt(format!("page {p} is referenced twice"));
        }
    }
    Ok(())
}

fn check_sorted(keys: &[&[u8]], what: &str) -> Result<()> {
    if keys.windows(2).any(|w| w[0] >= w[1]) {
        return corrupt(format!("{what}: keys out of order"));
    }
    Ok(())
}

fn freelist_ids(page: &[u8]) -> Result<Vec<u64>> {
    let mut count = u16_at(page, 10) as usize;
    let mut at = PAGE_HEADER;
    if count == 0xFFFF {
        count = u64_at(page, at) as usize;
        at += 8;
    }
    let end = at.saturating_add(count.saturating_mul(8));
    if end > page.len() {
        return corrupt("the freelist runs past its page");
    }
    Ok((0..count).map(|i| u64_at(page, at + i * 8)).collect())
}

/// A bucket value: its root page, or 0 and the inline leaf.
fn split_bucket(value: &[u8]) -> Result<(u64, Option<Node>)> {
    if value.len() < BUCKET_HEADER {
        return corrupt("bucket header is truncated");
    }
    let root = u64_at(value, 0);
    if root == 0 {
        Ok((
            0,
            Some(Node::decode(&value[BUCKET_HEADER..], "inline bucket")?),
        ))
    } else {
        Ok((root, None))
    }
}

fn bucket_header(root: u64, sequence: u64) -> Vec<u8> {
    let mut v = Vec::with_capacity(BUCKET_HEADER);
    v.extend_from_slice(&root.to_le_bytes());
    v.extend_from_slice(&sequence.to_le_bytes());
    v
}

fn leaf_lookup(node: &Node, key: &[u8]) -> Option<Vec<u8>> {
    match node {
        Node::Leaf(entries) => entries
            .binary_search_by(|e| e.key.as_slice().cmp(key))
            .ok()
            .map(|i| entries[i].value.clone()),
        Node::Branch(_) => None,
    }
}

/// The child whose range holds `key`: the last separator ≤ key (or the first child).
fn branch_index(children: &[(Vec<u8>, u64)], key: &[u8]) -> usize {
    children
        .partition_point(|(k, _)| k.as_slice() <= key)
        .saturating_sub(1)
}

fn upsert(node: &mut Node, key: &[u8], value: &[u8], bucket: bool) {
    let Node::Leaf(entries) = node else {
        unreachable!("descend ends at a leaf")
    };
    let entry = Entry {
        bucket,
        key: key.to_vec(),
        value: value.to_vec(),
    };
    match entries.binary_search_by(|e| e.key.as_slice().cmp(key)) {
        Ok(i) => entries[i] = entry,
        Err(i) => entries.insert(i, entry),
    }
}

fn fnv64a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

fn u16_at(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes(b[at..at + 2].try_into().expect("2 bytes"))
}
fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(b[at..at + 4].try_into().expect("4 bytes"))
}
fn u64_at(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().expect("8 bytes"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A database the way bbolt lays out a fresh one with two buckets: `big` with its own leaf
    /// page and `small` inline.
    fn sample(freelist: bool) -> Db<'static> {
        let ps = 4096usize;
        let mut data = vec![0u8; 6 * ps];
        let big = Node::Leaf(
            (0..50u32)
                .map(|i| Entry {
                    bucket: false,
                    key: format!("k{i:03}").into_bytes(),
                    value: vec![b'v'; 20],
                })
                .collect(),
        );
        data[4 * ps..5 * ps].copy_from_slice(&big.encode(4, ps, 0).unwrap());
        let small = Node::Leaf(vec![Entry {
            bucket: false,
            key: b"a".to_vec(),
            value: b"1".to_vec(),
        }]);
        let mut small_value = bucket_header(0, 0);
        small_value.extend(small.encode(0, small.encoded_len(), 0).unwrap());
        let root = Node::Leaf(vec![
            Entry {
                bucket: true,
                key: b"big".to_vec(),
                value: bucket_header(4, 0),
            },
            Entry {
                bucket: true,
                key: b"small".to_vec(),
                value: small_value,
            },
        ]);
        data[3 * ps..4 * ps].copy_from_slice(&root.encode(3, ps, 0).unwrap());
        // Page 2: an empty freelist; page 5 is free.
        let mut fl = vec![0u8; ps];
        fl[0..8].copy_from_slice(&2u64.to_le_bytes());
        fl[8..10].copy_from_slice(&FREELIST_PAGE.to_le_bytes());
        fl[10..12].copy_from_slice(&1u16.to_le_bytes());
        fl[16..24].copy_from_slice(&5u64.to_le_bytes());
        data[2 * ps..3 * ps].copy_from_slice(&fl);
        let meta = Meta {
            page_size: ps as u32,
            flags: 0,
            root: 3,
            sequence: 0,
            freelist: if freelist { 2 } else { NO_FREELIST },
            pgid: 6,
            txid: 1,
        };
        for (page, txid) in [(0usize, 0u64), (1, 1)] {
            let m = Meta { txid, ..meta };
            data[page * ps..page * ps + 8].copy_from_slice(&(page as u64).to_le_bytes());
            data[page * ps + 8..page * ps + 10].copy_from_slice(&META_PAGE.to_le_bytes());
            data[page * ps + PAGE_HEADER..page * ps + PAGE_HEADER + META_SIZE]
                .copy_from_slice(&m.encode());
        }
        if !freelist {
            // Without a persisted freelist pages 2 and 5 are simply unreachable.
        }
        Db::from_bytes(data).unwrap()
    }

    #[test]
    fn reads_and_checks_a_database() {
        let db = sample(true);
        let report = db.check().unwrap();
        assert_eq!(report.buckets["big"], 50);
        assert_eq!(report.buckets["small"], 1);
        assert_eq!(db.get(b"big", b"k007").unwrap(), Some(vec![b'v'; 20]));
        assert_eq!(db.get(b"small", b"a").unwrap(), Some(b"1".to_vec()));
        assert_eq!(db.last(b"big").unwrap().unwrap().0, b"k049".to_vec());
        assert_eq!(db.get(b"missing", b"a").unwrap(), None);
    }

    #[test]
    fn writes_are_copy_on_write_and_survive_reopening() {
        for freelist in [true, false] {
            let mut db = sample(freelist);
            db.put(b"big", b"k999", b"new").unwrap();
            db.put(b"small", b"b", b"2").unwrap();
            db.put(b"small", b"a", b"one").unwrap();
            db.commit().unwrap();
            // Written back as a restore does: only what changed, into the original file.
            let file = tempfile::tempfile().unwrap();
            use std::os::unix::fs::FileExt;
            file.write_all_at(&sample(freelist).into_bytes(), 0)
                .unwrap();
            db.write_changes(&file).unwrap();
            let mut image = Vec::new();
            std::io::Read::read_to_end(&mut &file, &mut image).unwrap();
            assert_eq!(image, db.into_bytes());
            let db = Db::from_bytes(image).unwrap();
            let report = db.check().unwrap();
            assert_eq!(report.buckets["big"], 51);
            assert_eq!(report.buckets["small"], 2);
            assert_eq!(
                db.last(b"big").unwrap().unwrap(),
                (b"k999".to_vec(), b"new".to_vec())
            );
            assert_eq!(db.get(b"small", b"a").unwrap(), Some(b"one".to_vec()));
            assert_eq!(db.get(b"big", b"k000").unwrap(), Some(vec![b'v'; 20]));
            assert_eq!(db.meta.txid, 2);
        }
    }

    #[test]
    fn a_leaf_that_outgrows_its_page_overflows() {
        let mut db = sample(true);
        for i in 0..300u32 {
            db.put(b"big", format!("z{i:04}").as_bytes(), &[b'x'; 40])
                .unwrap();
        }
        db.commit().unwrap();
        let db = Db::from_bytes(db.into_bytes()).unwrap();
        assert_eq!(db.check().unwrap().buckets["big"], 350);
    }

    #[test]
    fn damage_is_detected() {
        let good = sample(true).into_bytes();
        // Truncated.
        assert!(Db::from_bytes(good[..4096 * 4].to_vec()).is_err());
        // A flipped byte in a leaf's element table.
        let mut bad = good.clone();
        bad[4 * 4096 + PAGE_HEADER + 5] ^= 0xFF;
        let checked = Db::from_bytes(bad).and_then(|db| db.check().map(|_| ()));
        assert!(checked.is_err());
        // Both meta pages damaged.
        let mut bad = good.clone();
        bad[PAGE_HEADER + 20] ^= 1;
        bad[4096 + PAGE_HEADER + 20] ^= 1;
        assert!(Db::from_bytes(bad).is_err());
        // Not a database at all.
        assert!(Db::from_bytes(vec![7u8; 3 * 4096]).is_err());
    }
}

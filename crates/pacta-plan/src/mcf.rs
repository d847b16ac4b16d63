//! Minimum-cost flow by successive shortest paths (Dijkstra with potentials), for the
//! transportation problems of the committee-by-committee large-neighbourhood search
//! (PLANNER.md §4.2 item 4, §5.2).
//!
//! Small and specialised: integer capacities, non-negative arc costs on input, one
//! source and one sink. Not a general network-simplex implementation.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

#[derive(Debug, Clone)]
struct Edge {
    to: usize,
    cap: i32,
    cost: f64,
}

/// A flow network; edges are added in pairs (forward, residual).
#[derive(Debug, Clone, Default)]
pub struct Network {
    edges: Vec<Edge>,
    adj: Vec<Vec<usize>>,
}

#[derive(PartialEq)]
struct Item(f64, usize);
impl Eq for Item {}
impl PartialOrd for Item {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Item {
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.total_cmp(&self.0).then(other.1.cmp(&self.1))
    }
}

impl Network {
    pub fn new(nodes: usize) -> Self {
        Network {
            edges: Vec::new(),
            adj: vec![Vec::new(); nodes],
        }
    }

    pub fn add_node(&mut self) -> usize {
        self.adj.push(Vec::new());
        self.adj.len() - 1
    }

    /// Add an arc; returns its id (for [`Network::flow`]). `cost` must be ≥ 0.
    pub fn add_edge(&mut self, from: usize, to: usize, cap: i32, cost: f64) -> usize {
        let id = self.edges.len();
        self.edges.push(Edge { to, cap, cost });
        self.edges.push(Edge {
            to: from,
            cap: 0,
            cost: -cost,
        });
        self.adj[from].push(id);
        self.adj[to].push(id + 1);
        id
    }

    /// Flow on arc `id` (the residual capacity of its reverse).
    pub fn flow(&self, id: usize) -> i32 {
        self.edges[id + 1].cap
    }

    /// Send up to `amount` units from `s` to `t` at minimum cost; returns the amount sent.
    pub fn min_cost_flow(&mut self, s: usize, t: usize, amount: i32) -> i32 {
        let n = self.adj.len();
        let mut potential = vec![0.0f64; n];
        let mut dist = vec![f64::INFINITY; n];
        let mut prev = vec![usize::MAX; n];
        let mut sent = 0;
        while sent < amount {
            dist.iter_mut().for_each(|d| *d = f64::INFINITY);
            prev.iter_mut().for_each(|p| *p = usize::MAX);
            dist[s] = 0.0;
            let mut heap = BinaryHeap::new();
            heap.push(Item(0.0, s));
            while let Some(Item(d, u)) = heap.pop() {
                if d > dist[u] {
                    continue;
                }
                for &e in &self.adj[u] {
                    let edge = &self.edges[e];
                    if edge.cap <= 0 {
                        continue;
                    }
                    // Reduced costs are ≥ 0 up to rounding; clamp the rounding away.
                    let rc = (edge.cost + potential[u] - potential[edge.to]).max(0.0);
                    let nd = d + rc;
                    if nd < dist[edge.to] - 1e-12 {
                        dist[edge.to] = nd;
                        prev[edge.to] = e;
                        heap.push(Item(nd, edge.to));
                    }
                }
            }
            if !dist[t].is_finite() {
                break;
            }
            for v in 0..n {
                if dist[v].is_finite() {
                    potential[v] += dist[v];
                }
            }
            // Bottleneck.
            let mut push = amount - sent;
            let mut v = t;
            while v != s {
                let e = prev[v];
                push = push.min(self.edges[e].cap);
                v = self.edges[e ^ 1].to;
            }
            let mut v = t;
            while v != s {
                let e = prev[v];
                self.edges[e].cap -= push;
                self.edges[e ^ 1].cap += push;
                v = self.edges[e ^ 1].to;
            }
            sent += push;
        }
        sent
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn solves_a_small_assignment_at_its_known_optimum() {
        // Two workers, two jobs: costs [[1, 3], [2, 5]]; optimum 3 + 2 = 5.
        let mut net = Network::new(6);
        let (s, t) = (0, 5);
        net.add_edge(s, 1, 1, 0.0);
        net.add_edge(s, 2, 1, 0.0);
        let a = [
            net.add_edge(1, 3, 1, 1.0),
            net.add_edge(1, 4, 1, 3.0),
            net.add_edge(2, 3, 1, 2.0),
            net.add_edge(2, 4, 1, 5.0),
        ];
        net.add_edge(3, t, 1, 0.0);
        net.add_edge(4, t, 1, 0.0);
        assert_eq!(net.min_cost_flow(s, t, 2), 2);
        let costs = [1.0, 3.0, 2.0, 5.0];
        let total: f64 = a
            .iter()
            .zip(costs)
            .map(|(&e, c)| f64::from(net.flow(e)) * c)
            .sum();
        assert_eq!(total, 5.0);
    }
}

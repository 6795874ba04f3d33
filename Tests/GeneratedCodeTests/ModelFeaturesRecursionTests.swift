import Foundation
import ModelFeaturesModels
import Testing

/// Recursive types: a tree `Node`, mutual recursion `A → B → A`, and a recursive `oneOf`.
@Suite struct ModelFeaturesRecursionTests {
    static let treeJSON = """
        {"children":[{"children":[{"children":[],"value":"grandchild"}],"parent":{"value":"root"},"value":"child"}],"value":"root"}
        """

    @Test func aTreeDecodesThreeLevelsDeepAndReencodesIdentically() throws {
        let (root, json) = try TestJSON.roundTrip(Node.self, Self.treeJSON)
        #expect(json == Self.treeJSON)
        #expect(root.value == "root")
        #expect(root.parent == nil)
        let child = try #require(root.children?.first)
        #expect(child.value == "child")
        #expect(child.parent?.value == "root")
        #expect(child.parent?.parent == nil)
        let grandchild = try #require(child.children?.first)
        #expect(grandchild.value == "grandchild")
        #expect(grandchild.children == [])
    }

    @Test func aParentChainIsBuiltAndMutatedWithValueSemantics() throws {
        var leaf = Node(value: "c", parent: Node(value: "b", parent: Node(value: "a")))
        #expect(leaf.parent?.parent?.value == "a")
        let copy = leaf
        leaf.parent?.parent?.value = "changed"
        #expect(leaf.parent?.parent?.value == "changed")
        #expect(copy.parent?.parent?.value == "a")
        #expect(copy != leaf)
        #expect(try TestJSON.encode(copy) == #"{"parent":{"parent":{"value":"a"},"value":"b"},"value":"c"}"#)
    }

    @Test func mutuallyRecursiveTypesNest() throws {
        let json = #"{"b":{"a":{"b":{"name":"b2"},"name":"a2"},"name":"b1"},"name":"a1"}"#
        let (a, reencoded) = try TestJSON.roundTrip(A.self, json)
        #expect(a.b?.a?.b?.name == "b2")
        #expect(reencoded == json)
        #expect(A(name: "x", b: B(a: A(name: "y"))) == (try TestJSON.decode(A.self, #"{"name":"x","b":{"a":{"name":"y"}}}"#)))
    }

    @Test func aRecursiveOneOfDecodesNestedAlternatives() throws {
        let json = #"{"left":1.5,"right":{"left":2,"right":{"left":3,"right":4}}}"#
        let expression = try TestJSON.decode(Expression.self, json)
        guard case .sum(let sum) = expression, case .sum(let inner) = sum.right, case .sum(let innermost) = inner.right else {
            Issue.record("expected nested sums, got \(expression)")
            return
        }
        #expect(sum.left == .double(1.5))
        #expect(inner.left == .double(2))
        #expect(innermost.right == .double(4))
        #expect(try TestJSON.encode(expression) == json)
    }
}

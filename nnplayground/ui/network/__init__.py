"""The network diagram (`view.NetworkView`): columns of neurons, links, headers, tooltips, the neuron formula."""

// Anchor source of the views library; resource registration lives beside the resources.

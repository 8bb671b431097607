package citations
